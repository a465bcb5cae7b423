import type { TextareaHTMLAttributes } from "react";
import { useFormContext } from "react-hook-form";
import { FieldErrorText, FieldHint, FieldLabel } from "../../../components/form/field-parts.tsx";
import { useFieldMeta } from "../../../components/form/form-context.ts";
import { CharCounter } from "./char-counter.tsx";

// A growing text area of the composer, like the shared TextField's textarea plus a counter near its
// limit. In the text box Enter sends (data-enter-sends, read by use-composer-keys.ts); in a panel's
// multi-line field (markdown, card body) Enter is a new line and Ctrl/⌘+Enter sends.

type ExtraProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id" | "rows" | "placeholder">;

interface Props {
  name: string;
  label: string;
  hint?: string;
  placeholder?: string;
  /** Keep the label for screen readers only, where the box's purpose is plain to see. */
  hideLabel?: boolean;
  enterSends?: boolean;
  rows?: number;
  /** The text box's quick-reply picker: its key handling and aria-activedescendant. */
  textareaProps?: ExtraProps;
  /** Called with the element, so the text box can place the caret and insert at it. */
  elementRef?: (element: HTMLTextAreaElement | null) => void;
}

export function MessageTextArea({ name, label, hint, placeholder, hideLabel, enterSends = false, rows = 2, textareaProps, elementRef }: Props) {
  const { register } = useFormContext();
  const meta = useFieldMeta(name, true);
  const { ref, ...field } = register(name);
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
        {...textareaProps}
        {...field}
        onChange={(event) => {
          void field.onChange(event);
          textareaProps?.onChange?.(event);
        }}
        onBlur={(event) => {
          void field.onBlur(event);
          textareaProps?.onBlur?.(event);
        }}
        ref={(element) => {
          ref(element);
          elementRef?.(element);
        }}
      />
      <CharCounter name={name} />
      <FieldErrorText id={meta.errorId} error={meta.error} label={label} />
    </div>
  );
}
