import { businessCodes } from "../top/business-codes.ts";
import { TopError } from "../top/top-error.ts";
import { DomainError } from "./domain-error.ts";

// What a failed TOP call means for the console: the one TopError → DomainError mapping. It reads the
// failure class TopError decides (the same one the retry policy reads), and the business codes the
// platform answers inside a success envelope. The platform's code, msg, sub_code, sub_msg and
// request_id travel with the error, so they reach the error body, the stored failure and support.

/**
 * The longest retry delay passed on to a client: the ban length is read from the platform's sub_msg
 * text, and a client told to wait 99999999999 s (3,000 years) would never come back.
 */
export const MAX_RETRY_AFTER_SECONDS = 3600;

export function fromTopError(error: TopError): DomainError {
  const top = error.detail;
  switch (error.failure) {
    case "never_sent":
    case "ambiguous":
      return error.kind === "timeout"
        ? new DomainError("platform_timeout", "The TOP gateway did not answer in time.", { top })
        : new DomainError("platform_unavailable", "The TOP gateway could not be reached or its answer was cut short.", { top });
    case "flow_control":
      return new DomainError("platform_flow_control", "The TOP call limit was reached; try again shortly.", {
        top,
        retryAfterSeconds: error.banSeconds === undefined ? undefined : Math.min(error.banSeconds, MAX_RETRY_AFTER_SECONDS),
      });
    case "provider_fault":
    case "gateway_fault":
      return new DomainError("platform_unavailable", `The TOP gateway failed: ${top.sub_msg ?? top.msg ?? ""}`.trim(), { top });
    case "caller_fault":
      return new DomainError("platform_refused", `TOP rejected the request: ${top.sub_msg ?? top.msg ?? ""}`.trim(), { top });
    case "unreadable":
      return new DomainError("platform_unreadable", "The platform answered, but in a shape this console cannot read; it may have acted, so it was not sent again.", { top });
    case "business":
      if (top.code === businessCodes.sessionClosed.code) {
        return new DomainError("session_closed", "The platform says this session is already closed.", { top });
      }
      if (top.code === businessCodes.sessionNotFound.code) {
        return new DomainError("session_unknown_to_platform", "The platform no longer knows this session.", { top });
      }
      return new DomainError("platform_refused", `The platform refused the request: ${top.msg ?? top.code ?? "unknown"}.`, { top });
  }
}

/** For `.catch(rethrowAsDomain)`: a TopError as the console's error, anything else as it was. */
export function rethrowAsDomain(error: unknown): never {
  throw error instanceof TopError ? fromTopError(error) : error;
}
