import { z } from "zod";

// The one error body every BFF route answers with. `code` is ours and stable; `top` carries what the
// TOP gateway said, for support; `fields` lists each bad field of a 400 so a form can show it in place.

export const apiErrorCodes = [
  "validation_failed", // 400: the request body or query is malformed
  "unauthenticated", // 401
  "forbidden", // 403
  "not_found", // 404
  "session_closed", // 409: the session is closed and read-only
  "session_unknown_to_platform", // 410: the platform no longer knows the session; it can only be marked closed
  "conflict", // 409: other state conflicts
  "payload_too_large", // 413
  "rate_limited", // 429
  "top_rejected", // 422: TOP refused the call as the caller's fault (isv.*, business failure)
  "top_unavailable", // 502: TOP or the network failed (isp.*, 5xx, garbled body, dropped connection)
  "top_unreadable_answer", // 502: TOP answered in a shape we cannot read; it may have acted, so not resent
  "top_flow_control", // 503: TOP call limit (code 7) or flow control
  "top_timeout", // 504: no answer from TOP in time
  "internal", // 500
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

/**
 * The codes worth trying again unchanged a little later, in one place: the browser's "Try again",
 * the chat's Retry and the soak's invariants all read this. A message retry reuses its message_id, so
 * a resend after an ambiguous failure cannot duplicate it; an unreadable answer, a refusal or a session
 * the platform does not know are never here (the platform answered, and the answer will not change).
 */
export const retryableApiErrorCodes: readonly ApiErrorCode[] = ["top_unavailable", "top_flow_control", "top_timeout", "rate_limited", "internal"];

export function isRetryableCode(code: string): boolean {
  return (retryableApiErrorCodes as readonly string[]).includes(code);
}

export const fieldErrorSchema = z.object({
  /** Dotted path into the request body, e.g. `source.channel_uid`. */
  path: z.string(),
  /** A zod issue code (`invalid_type`, `too_small`, `invalid_value`…) or `required`; the UI translates it. */
  code: z.string(),
  /** An English explanation, for logs and API callers. */
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const topErrorDetailSchema = z.object({
  code: z.string().optional(),
  msg: z.string().optional(),
  sub_code: z.string().optional(),
  sub_msg: z.string().optional(),
  request_id: z.string().optional(),
});
export type TopErrorDetail = z.infer<typeof topErrorDetailSchema>;

export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(apiErrorCodes),
    message: z.string(),
    requestId: z.string().optional(),
    fields: z.array(fieldErrorSchema).optional(),
    top: topErrorDetailSchema.optional(),
    /** With rate_limited and top_flow_control: when trying again makes sense. */
    retryAfterSeconds: z.number().optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
