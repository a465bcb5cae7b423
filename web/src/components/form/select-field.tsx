import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { FieldErrorText, FieldHint, FieldLabel } from "./field-parts.tsx";
import { useFieldMeta } from "./form-context.ts";
import { type ValueAs, toFormValue } from "./value-as.ts";

export interface ChoiceOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  name: string;
  label: string;
  options: readonly ChoiceOption[];
  /** Text of the empty first option, which means "not set" (undefined); leave out when a value is always set. */
  placeholder?: string;
  hint?: ReactNode;
  valueAs?: ValueAs;
  required?: boolean;
}

export function SelectField({ name, label, options, placeholder, hint, valueAs = "string", required }: SelectFieldProps) {
  const { register } = useFormContext();
  const meta = useFieldMeta(name, required);
  return (
    <div className="field">
      <FieldLabel htmlFor={meta.id} required={meta.required}>
        {label}
      </FieldLabel>
      {hint !== undefined && <FieldHint id={meta.hintId}>{hint}</FieldHint>}
      <select
        id={meta.id}
        className="field__control"
        aria-invalid={meta.error ? true : undefined}
        aria-required={meta.required || undefined}
        aria-describedby={meta.describedBy(hint !== undefined)}
        {...register(name, { setValueAs: (raw: unknown) => toFormValue(raw, valueAs) })}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldErrorText id={meta.errorId} error={meta.error} label={label} />
    </div>
  );
}
