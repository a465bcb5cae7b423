import type { HTMLInputTypeAttribute, ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { FieldErrorText, FieldHint, FieldLabel } from "./field-parts.tsx";
import { useFieldMeta } from "./form-context.ts";
import { type ValueAs, toFormValue } from "./value-as.ts";

// A labelled input bound to the surrounding <Form>. An emptied input becomes `undefined`, so an
// optional field left blank is simply absent and a required one reads as "required".

interface TextFieldProps {
  name: string;
  label: string;
  hint?: ReactNode;
  type?: HTMLInputTypeAttribute;
  valueAs?: ValueAs;
  required?: boolean;
  readOnly?: boolean;
  autoFocus?: boolean;
  autoComplete?: string;
  inputMode?: React.HTMLAttributes<HTMLInputElement>["inputMode"];
  placeholder?: string;
  multiline?: boolean;
  /** A control shown right of the input, e.g. a "generate" button. */
  action?: ReactNode;
}

export function TextField({ name, label, hint, type = "text", valueAs = "string", multiline, action, ...rest }: TextFieldProps) {
  const { register } = useFormContext();
  const meta = useFieldMeta(name, rest.required);
  const common = {
    id: meta.id,
    className: "field__control",
    "aria-invalid": meta.error ? true : undefined,
    "aria-required": meta.required || undefined,
    "aria-describedby": meta.describedBy(hint !== undefined),
    readOnly: rest.readOnly,
    placeholder: rest.placeholder,
    autoComplete: rest.autoComplete ?? "off",
    "data-autofocus": rest.autoFocus || undefined,
    ...register(name, { setValueAs: (raw: unknown) => toFormValue(raw, valueAs) }),
  };
  return (
    <div className="field">
      <FieldLabel htmlFor={meta.id} required={meta.required}>
        {label}
      </FieldLabel>
      {hint !== undefined && <FieldHint id={meta.hintId}>{hint}</FieldHint>}
      <div className={action ? "field__row" : undefined}>
        {multiline ? (
          <textarea rows={3} {...common} />
        ) : (
          <input type={type} inputMode={rest.inputMode} {...common} />
        )}
        {action}
      </div>
      <FieldErrorText id={meta.errorId} error={meta.error} label={label} />
    </div>
  );
}
