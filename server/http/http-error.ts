import type { ApiErrorBody } from "../../contract/errors.ts";
import type { DomainError, DomainErrorKind } from "../services/domain-error.ts";

// The only place that knows HTTP status codes: each kind of the console's one error (DomainError)
// as a status. The error middleware answers with it and the contract's error body.

const statusOfKind: Record<DomainErrorKind, number> = {
  invalid_input: 400,
  unsupported_encoding: 415,
  payload_too_large: 413,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  busy: 503,
  session_closed: 409,
  // Gone: the platform no longer has it; the session can only be marked closed in the console.
  session_unknown_to_platform: 410,
  platform_refused: 422,
  platform_unavailable: 502,
  platform_unreadable: 502,
  platform_timeout: 504,
  platform_flow_control: 503,
  internal: 500,
};

export function httpStatusOf(kind: DomainErrorKind): number {
  return statusOfKind[kind];
}

export interface HttpAnswer {
  status: number;
  body: ApiErrorBody;
  retryAfterSeconds?: number | undefined;
}

export function toHttpAnswer(error: DomainError, requestId?: string): HttpAnswer {
  return {
    status: httpStatusOf(error.kind),
    body: { error: error.toBody(requestId) },
    retryAfterSeconds: error.extra.retryAfterSeconds,
  };
}
