import type { TopErrorDetail } from "../../contract/errors.ts";

// One error class for every way a TOP call can fail. `kind` says what happened:
// - gateway:    the gateway's error_response (protocol or parameter errors, isp.*/isv.* faults)
// - business:   a success envelope whose result.success is false
// - unreadable: the gateway answered (HTTP 200, JSON) but in a shape we cannot read: it may have acted
// - transport:  non-200 status, a body that is not JSON, connection refused or dropped
// - timeout:    no answer within the client's timeout
// `sent` is false only when the request certainly never reached the gateway.

export type TopErrorKind = "gateway" | "business" | "unreadable" | "transport" | "timeout";

/**
 * What a failure means for the caller, decided here once: the retry policy and the console's error
 * model both read it, so "which codes may be sent again" is written in one place.
 * - never_sent:     refused before it left: safe to send again;
 * - ambiguous:      it may have been processed (timeout, dropped, 5xx, body cut short);
 * - flow_control:   call limit (code 7) or accesscontrol.*: wait, then again;
 * - provider_fault: isp.* (but isp.invalid-parameters) and code 10: the platform's fault, safe to repeat;
 * - caller_fault:   isv.*, missing/invalid arguments (40/41), isp.invalid-parameters: never again as is;
 * - gateway_fault:  any other gateway code (signature, app key, session…): a configuration problem;
 * - business:       the platform answered no (result.success=false);
 * - unreadable:     answered in an unexpected shape: never resent, the platform may have acted.
 */
export type TopFailureClass =
  | "never_sent"
  | "ambiguous"
  | "flow_control"
  | "provider_fault"
  | "caller_fault"
  | "gateway_fault"
  | "business"
  | "unreadable";

export class TopError extends Error {
  readonly kind: TopErrorKind;
  readonly method: string;
  readonly detail: TopErrorDetail;
  readonly httpStatus: number | undefined;
  readonly sent: boolean;
  /** Filled in by the client when it gives up: how many attempts were made and how long they took. */
  attempts = 1;
  latencyMs = 0;

  constructor(init: {
    kind: TopErrorKind;
    method: string;
    message: string;
    detail?: TopErrorDetail;
    httpStatus?: number;
    sent?: boolean;
  }) {
    super(init.message);
    this.name = "TopError";
    this.kind = init.kind;
    this.method = init.method;
    this.detail = init.detail ?? {};
    this.httpStatus = init.httpStatus;
    this.sent = init.sent ?? true;
  }

  get failure(): TopFailureClass {
    switch (this.kind) {
      case "transport":
      case "timeout":
        return this.sent ? "ambiguous" : "never_sent";
      case "business":
        return "business";
      case "unreadable":
        return "unreadable";
      case "gateway":
        return classifyGatewayCode(this.detail);
    }
  }

  /** Seconds of a call-limit ban, from a sub_msg such as "This ban will last for 3 more seconds". */
  get banSeconds(): number | undefined {
    const match = /(\d+)\s*(?:more\s*)?seconds?/i.exec(this.detail.sub_msg ?? "");
    return match?.[1] ? Number(match[1]) : undefined;
  }
}

function classifyGatewayCode({ code, sub_code: sub = "" }: TopErrorDetail): TopFailureClass {
  if (code === "7" || sub.startsWith("accesscontrol.")) return "flow_control";
  if (sub === "isp.invalid-parameters" || sub.startsWith("isv.") || code === "40" || code === "41") return "caller_fault";
  if (code === "10" || sub.startsWith("isp.")) return "provider_fault";
  return "gateway_fault";
}
