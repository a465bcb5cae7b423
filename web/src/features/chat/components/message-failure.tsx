import { useTranslation } from "react-i18next";
import { isRetryableCode } from "../../../../../contract/errors.ts";
import { SupportCodes, type SupportRow } from "../../../components/support-codes.tsx";
import type { DisplayMessage, SendError } from "../lib/merge-messages.ts";

// Why a message was not sent, in plain words, with Retry; the platform's codes sit behind a disclosure
// for support. A retry re-sends the same message_id, so it is safe even after a timeout. Retry is
// offered only where trying again can help (contract/errors.ts, the one list): never for a session
// the platform no longer knows, a refusal, or an answer that could not be read.

const explained = new Set<string>([
  "top_rejected",
  "top_unavailable",
  "top_flow_control",
  "top_timeout",
  "session_closed",
  "session_unknown_to_platform",
  "top_unreadable_answer",
  "conflict",
  "validation_failed",
  "rate_limited",
  "unauthenticated",
  "forbidden",
  "not_found",
]);

type FailureKey =
  | "failure.network"
  | "failure.unconfirmed"
  | "failure.other"
  | `failure.${"top_rejected" | "top_unavailable" | "top_flow_control" | "top_timeout" | "session_closed" | "conflict"}`
  | `failure.${"session_unknown_to_platform" | "top_unreadable_answer"}`
  | `failure.${"validation_failed" | "rate_limited" | "unauthenticated" | "forbidden" | "not_found"}`;

function reasonKey(error: SendError | undefined): FailureKey {
  if (!error) return "failure.unconfirmed";
  if (error.network) return "failure.network";
  return explained.has(error.code) ? (`failure.${error.code}` as FailureKey) : "failure.other";
}

function Details({ message, error }: { message: DisplayMessage; error: SendError }) {
  const { t } = useTranslation("chat");
  const rows: SupportRow[] = [
    [t("failure.errorCode"), error.code],
    [t("failure.topCode"), error.top?.code],
    [t("failure.subCode"), error.top?.sub_code],
    [t("failure.topMessage"), [error.top?.msg, error.top?.sub_msg].filter(Boolean).join(" · ") || undefined],
    [t("failure.requestId"), error.top?.request_id],
    [t("failure.serverRequestId"), error.requestId],
    [t("failure.messageId"), message.message_id],
  ];
  return (
    <details className="msg-failure-details">
      <summary>{t("failure.details")}</summary>
      <SupportCodes rows={rows} />
    </details>
  );
}

export function MessageFailure({
  message,
  onRetry,
}: {
  message: DisplayMessage;
  onRetry: ((message: DisplayMessage) => void) | undefined;
}) {
  const { t } = useTranslation("chat");
  const { error } = message;
  const canRetry = onRetry && (error === undefined || error.network === true || isRetryableCode(error.code));
  return (
    <div className="msg-failure">
      <p>{t(reasonKey(error))}</p>
      {canRetry && <p>{t("failure.retrySafe")}</p>}
      <div className="msg-failure-actions">
        {canRetry && (
          <button type="button" className="button button--small" onClick={() => onRetry(message)} aria-label={t("failure.retryLabel")}>
            {t("failure.retry")}
          </button>
        )}
        {error && <Details message={message} error={error} />}
      </div>
    </div>
  );
}
