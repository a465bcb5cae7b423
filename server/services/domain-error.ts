import type { ApiErrorBody, ApiErrorCode, FieldError, TopErrorDetail } from "../../contract/errors.ts";

// The one error the services (and the auth service) throw. It says what went wrong in the console's
// own terms; it knows no HTTP. The error middleware alone turns a kind into a status
// (server/http/http-error.ts); the stable code of the error body is the contract's, so a failure kept
// in the store (a message, a bulk-close item) reads the same as one answered straight away.

export const domainErrorKinds = [
  "invalid_input",
  /** A request body that is not UTF-8 JSON. */
  "unsupported_encoding",
  "payload_too_large",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "rate_limited",
  /** Too much work at once (e.g. password checks): try again in a moment. */
  "busy",
  "session_closed",
  /** The platform answered that it does not know the session (SESSION_NOT_FOUND). */
  "session_unknown_to_platform",
  "platform_refused",
  "platform_unavailable",
  /** The platform answered, but in a shape that cannot be read: it may have acted, so never resent. */
  "platform_unreadable",
  "platform_timeout",
  "platform_flow_control",
  "internal",
] as const;
export type DomainErrorKind = (typeof domainErrorKinds)[number];

/** Each kind's code in the error body: one table, read by toBody and by the error middleware. */
export const apiCodeOfKind: Record<DomainErrorKind, ApiErrorCode> = {
  invalid_input: "validation_failed",
  unsupported_encoding: "validation_failed",
  payload_too_large: "payload_too_large",
  unauthenticated: "unauthenticated",
  forbidden: "forbidden",
  not_found: "not_found",
  conflict: "conflict",
  rate_limited: "rate_limited",
  busy: "rate_limited",
  session_closed: "session_closed",
  session_unknown_to_platform: "session_unknown_to_platform",
  platform_refused: "top_rejected",
  platform_unavailable: "top_unavailable",
  platform_unreadable: "top_unreadable_answer",
  platform_timeout: "top_timeout",
  platform_flow_control: "top_flow_control",
  internal: "internal",
};

export interface DomainErrorExtra {
  fields?: FieldError[] | undefined;
  top?: TopErrorDetail | undefined;
  retryAfterSeconds?: number | undefined;
}

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly extra: DomainErrorExtra = {},
  ) {
    super(message);
    this.name = "DomainError";
  }

  get code(): ApiErrorCode {
    return apiCodeOfKind[this.kind];
  }

  /** The contract's error body without HTTP: what the store keeps and the middleware answers. */
  toBody(requestId?: string): ApiErrorBody["error"] {
    const { fields, top, retryAfterSeconds } = this.extra;
    return {
      code: this.code,
      message: this.message,
      ...(requestId === undefined ? {} : { requestId }),
      ...(fields === undefined ? {} : { fields }),
      ...(top === undefined ? {} : { top }),
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    };
  }
}

/** Anything else thrown below the routes, as the body a stored failure keeps (never its internals). */
export function toDomainError(error: unknown, message = "Something went wrong on our side."): DomainError {
  return error instanceof DomainError ? error : new DomainError("internal", message);
}
