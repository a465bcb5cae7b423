import { useRef } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { quickReplyLimits, quickReplyPlaceholders, unknownPlaceholders } from "../../../../../contract/quick-replies.ts";
import { FieldErrorText, FieldHint, FieldLabel } from "../../../components/form/field-parts.tsx";
import { useFieldMeta } from "../../../components/form/form-context.ts";
import { readIssue } from "../../../components/form/issue-message.ts";
import { insertAt } from "../lib/placeholder-parts.ts";

// One language's text of a reply: a textarea with a character count, buttons that put a placeholder
// where the caret is (keyboard users need not type braces), and the two errors the common words cannot
// say well: an unknown placeholder by name, and "write at least one of the two texts".

interface ReplyTextFieldProps {
  name: "text_zh" | "text_en";
  label: string;
  lang: string;
}

export function ReplyTextField({ name, label, lang }: ReplyTextFieldProps) {
  const { t } = useTranslation("quickReplies");
  const { register, setValue, getValues } = useFormContext();
  const meta = useFieldMeta(name, false);
  const value = (useWatch({ name }) as string | undefined) ?? "";
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const { ref, ...field } = register(name);
  const counterId = `${meta.id}-count`;

  const insert = (placeholder: string) => {
    const element = textarea.current;
    const current = (getValues(name) as string | undefined) ?? "";
    const next = insertAt(current, `{{${placeholder}}}`, element?.selectionStart ?? current.length, element?.selectionEnd ?? current.length);
    setValue(name, next.text, { shouldDirty: true, shouldValidate: meta.error !== undefined });
    element?.focus();
    element?.setSelectionRange(next.caret, next.caret);
  };

  const custom = meta.error && readIssue(meta.error).code === "custom";
  const unknown = custom ? unknownPlaceholders(value)[0] : undefined;
  return (
    <div className="field qr-text-field">
      <div className="qr-text-field__head">
        <FieldLabel htmlFor={meta.id} required={false}>
          {label}
        </FieldLabel>
        <span id={counterId} className="qr-text-field__count muted">
          {t("form.counter", { count: value.length, max: quickReplyLimits.text })}
        </span>
      </div>
      <textarea
        id={meta.id}
        ref={(element) => {
          ref(element);
          textarea.current = element;
        }}
        lang={lang}
        rows={5}
        className="field__control"
        aria-invalid={meta.error ? true : undefined}
        aria-describedby={[meta.describedBy(true), counterId].filter(Boolean).join(" ")}
        {...field}
      />
      <div className="qr-text-field__tools">
        <FieldHint id={meta.hintId}>
          <span className="qr-text-field__label">{t("form.placeholders")}</span>
        </FieldHint>
        {quickReplyPlaceholders.map((placeholder) => (
          <button
            key={placeholder}
            type="button"
            className="button button--small qr-text-field__insert"
            aria-label={t("form.insert", { placeholder: `{{${placeholder}}}`, field: label })}
            title={t(`placeholder.${placeholder}`)}
            onClick={() => insert(placeholder)}
          >
            <code>{`{{${placeholder}}}`}</code>
          </button>
        ))}
      </div>
      {custom ? (
        <p id={meta.errorId} className="field__error">
          {unknown !== undefined
            ? t("form.unknownPlaceholder", { field: label, placeholder: `{{${unknown}}}`, known: quickReplyPlaceholders.map((p) => `{{${p}}}`).join(" / ") })
            : t("form.oneText")}
        </p>
      ) : (
        <FieldErrorText id={meta.errorId} error={meta.error} label={label} />
      )}
    </div>
  );
}
