import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { FieldErrorText, FieldHint } from "./field-parts.tsx";
import { useFieldMeta } from "./form-context.ts";

// A yes/no field: the box sits before its label, the whole label is clickable. `errorText` replaces the
// generic validation words where the schema asks for a tick (z.literal(true)): "Tick the box to confirm."

interface CheckboxFieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errorText?: string;
  autoFocus?: boolean;
}

export function CheckboxField({ name, label, hint, errorText, autoFocus }: CheckboxFieldProps) {
  const { register } = useFormContext();
  const meta = useFieldMeta(name, false);
  return (
    <div className="field">
      <label className="choice choice--check">
        <input
          id={meta.id}
          type="checkbox"
          aria-invalid={meta.error ? true : undefined}
          aria-describedby={meta.describedBy(hint !== undefined)}
          data-autofocus={autoFocus || undefined}
          {...register(name)}
        />
        <span>{label}</span>
      </label>
      {hint !== undefined && <FieldHint id={meta.hintId}>{hint}</FieldHint>}
      {meta.error &&
        (errorText === undefined ? (
          <FieldErrorText id={meta.errorId} error={meta.error} label={typeof label === "string" ? label : name} />
        ) : (
          <p id={meta.errorId} className="field__error">
            {errorText}
          </p>
        ))}
    </div>
  );
}
