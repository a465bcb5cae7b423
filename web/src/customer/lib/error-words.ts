import type { ApiErrorBody } from "../../../../contract/errors.ts";
import { messageLimits } from "../../../../contract/message-content.ts";
import type { Translate } from "./translate.ts";

// A failed request in the customer's words: never a code, never a blank. The field of a 400 is
// named by what the customer typed (the message, the address), not by its JSON path.

type ErrorInfo = ApiErrorBody["error"];

export function errorWords(error: ErrorInfo | undefined, t: Translate, networkLost = false): string {
  if (networkLost) return t("errors.unreachable");
  if (!error) return t("errors.failed");
  switch (error.code) {
    case "rate_limited":
      return t("errors.rateLimited", { seconds: Math.max(1, Math.ceil(error.retryAfterSeconds ?? 1)) });
    case "session_closed":
      return t("errors.closed");
    case "payload_too_large":
      return t("errors.tooLong", { max: messageLimits.text });
    case "validation_failed":
      return fieldWords(error, t);
    case "top_unavailable":
    case "top_timeout":
    case "top_flow_control":
      return t("errors.serviceDown");
    default:
      return t("errors.failed");
  }
}

function fieldWords(error: ErrorInfo, t: Translate): string {
  const field = error.fields?.[0];
  if (!field) return t("errors.failed");
  if (/url$/i.test(field.path)) return t("errors.badUrl");
  if (field.code === "too_big") return t("errors.tooLong", { max: messageLimits.text });
  return t("errors.invalid", { field: field.path.endsWith("text") ? t("composer.label") : field.path });
}
