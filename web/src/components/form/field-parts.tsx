import type { ReactNode } from "react";
import type { FieldError as RhfFieldError } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { issueKey, readIssue } from "./issue-message.ts";

// The pieces every field shares: the label with its required marker, the hint, and the error in the
// UI language that names the field ("Channel user ID is required.").

export function FieldLabel({ htmlFor, required, children }: { htmlFor: string; required: boolean; children: ReactNode }) {
  return (
    <label htmlFor={htmlFor} className="field__label">
      {children}
      {required && <RequiredMark />}
    </label>
  );
}

export function RequiredMark() {
  return (
    <span className="field__required" aria-hidden="true">
      *
    </span>
  );
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="field__hint">
      {children}
    </p>
  );
}

export function useIssueText() {
  const { t } = useTranslation("common");
  return (error: { type?: string | number; message?: string | undefined }, field: string) => {
    const { key, params } = issueKey(readIssue(error));
    return t(`validation.${key}`, { field, minimum: params.minimum ?? 0, maximum: params.maximum ?? 0 });
  };
}

export function FieldErrorText({ id, error, label }: { id: string; error: RhfFieldError | undefined; label: string }) {
  const issueText = useIssueText();
  if (!error) return null;
  return (
    <p id={id} className="field__error">
      {issueText(error, label)}
    </p>
  );
}
