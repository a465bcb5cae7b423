import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { FieldErrorText, FieldHint, RequiredMark } from "./field-parts.tsx";
import { useFieldMeta } from "./form-context.ts";
import type { ChoiceOption } from "./select-field.tsx";
import { type ValueAs, toFormValue } from "./value-as.ts";

// A choice among a few options, all visible: a fieldset whose legend names it, so the error and the
// required state belong to the group rather than to one radio.

interface RadioGroupFieldProps {
  name: string;
  label: string;
  options: readonly ChoiceOption[];
  hint?: ReactNode;
  valueAs?: ValueAs;
  required?: boolean;
  autoFocus?: boolean;
}

export function RadioGroupField({ name, label, options, hint, valueAs = "string", required, autoFocus }: RadioGroupFieldProps) {
  const { register } = useFormContext();
  const meta = useFieldMeta(name, required);
  const registration = register(name, { setValueAs: (raw: unknown) => toFormValue(raw, valueAs) });
  return (
    <fieldset
      className="field field--group"
      role="radiogroup"
      aria-invalid={meta.error ? true : undefined}
      aria-required={meta.required || undefined}
      aria-describedby={meta.describedBy(hint !== undefined)}
    >
      <legend className="field__label">
        {label}
        {meta.required && <RequiredMark />}
      </legend>
      {hint !== undefined && <FieldHint id={meta.hintId}>{hint}</FieldHint>}
      <div className="choice-row">
        {options.map((option, index) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              value={option.value}
              data-autofocus={(autoFocus && index === 0) || undefined}
              {...registration}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldErrorText id={meta.errorId} error={meta.error} label={label} />
    </fieldset>
  );
}
