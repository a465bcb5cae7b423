import { useFormContext } from "react-hook-form";
import { FieldErrorText, FieldHint, FieldLabel } from "../../../components/form/field-parts.tsx";
import { useFieldMeta } from "../../../components/form/form-context.ts";
import type { ComposerValues } from "../lib/composer-values.ts";

// The message box of the composer: like the shared TextField's textarea, but Enter sends from it
// (data-enter-sends, read by use-composer-keys.ts) and it grows with its text.

interface Props {
  name: "text" | "markdown";
  label: string;
  hint?: string;
  placeholder?: string;
  /** Keep the label for screen readers only, where the box's purpose is plain to see. */
  hideLabel?: boolean;
  enterSends?: boolean;
  rows?: number;
}

export function MessageTextArea({ name, label, hint, placeholder, hideLabel, enterSends = true, rows = 2 }: Props) {
  const { register } = useFormContext<ComposerValues>();
  const meta = useFieldMeta(name, true);
  return (
    <div className={`field chat-message-field${hideLabel ? " chat-message-field--bare" : ""}`}>
      <span className={hideLabel ? "visually-hidden" : undefined}>
        <FieldLabel htmlFor={meta.id} required={!hideLabel}>
          {label}
        </FieldLabel>
      </span>
      {hint && <FieldHint id={meta.hintId}>{hint}</FieldHint>}
      <textarea
        id={meta.id}
        className="field__control chat-textarea"
        rows={rows}
        placeholder={placeholder}
        aria-invalid={meta.error ? true : undefined}
        aria-required
        aria-describedby={meta.describedBy(Boolean(hint))}
        data-enter-sends={enterSends ? "true" : undefined}
        {...register(name)}
      />
      <FieldErrorText id={meta.errorId} error={meta.error} label={label} />
    </div>
  );
}
