import { useTranslation } from "react-i18next";
import { apiErrorKey, supportDetails } from "../lib/api-error-message.ts";
import { CopyButton } from "./copy-button.tsx";
import { SupportCodes, type SupportRow, filledRows, supportText } from "./support-codes.tsx";

// A failed request in plain words in the UI language, with what support needs (our request id, and
// TOP's code, sub_code, sub_msg and request_id) folded away below it, ready to copy.

interface ApiErrorNoticeProps {
  error: unknown;
  /** Shown as a "Try again" button; leave out where trying again cannot help. */
  onRetry?: (() => void) | undefined;
  /** Replaces the generic words for the error's code where the caller knows better (e.g. a wrong password). */
  message?: string | undefined;
  /** Extra sentence shown under the message, e.g. what was kept. */
  children?: React.ReactNode;
}

export function ApiErrorNotice({ error, onRetry, message, children }: ApiErrorNoticeProps) {
  const { t } = useTranslation("common");
  const details = supportDetails(error);
  const rows: SupportRow[] = [
    [t("errorDetails.code"), details.code],
    [t("errorDetails.status"), details.status],
    [t("errorDetails.message"), details.message],
    [t("errorDetails.requestId"), details.requestId],
    [t("errorDetails.topCode"), details.top?.code],
    [t("errorDetails.topMsg"), details.top?.msg],
    [t("errorDetails.topSubCode"), details.top?.sub_code],
    [t("errorDetails.topSubMsg"), details.top?.sub_msg],
    [t("errorDetails.topRequestId"), details.top?.request_id],
  ];
  const shown = filledRows(rows);

  return (
    <div role="alert" className="notice notice--error">
      <p className="notice__title">{message ?? t(`errors.${apiErrorKey(error)}`)}</p>
      {children}
      {onRetry && (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t("actions.retry")}
        </button>
      )}
      {shown.length > 0 && (
        <details className="notice__details">
          <summary>{t("errorDetails.summary")}</summary>
          <SupportCodes rows={shown} className="detail-list" rowClassName="detail-list__row" />
          <CopyButton text={supportText(shown)} what={t("errorDetails.summary")} />
        </details>
      )}
    </div>
  );
}
