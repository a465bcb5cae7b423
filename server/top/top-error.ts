import type { TopErrorDetail } from "../../contract/errors.ts";

// One error class for every way a TOP call can fail. `kind` says what happened:
// - gateway:   the gateway's error_response (protocol or parameter errors, isp.*/isv.* faults)
// - business:  a success envelope whose result.success is false
// - transport: non-200 status, unparsable body, connection refused or dropped
// - timeout:   no answer within the client's timeout
// `sent` is false only when the request certainly never reached the gateway.

export type TopErrorKind = "gateway" | "business" | "transport" | "timeout";

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

  /** Flow control: call limit (7) or an accesscontrol.* sub_code. */
  get isFlowControl(): boolean {
    return this.detail.code === "7" || (this.detail.sub_code ?? "").startsWith("accesscontrol.");
  }

  /** The provider's fault, safe to repeat: isp.* (but not isp.invalid-parameters) and code 10. */
  get isProviderFault(): boolean {
    if (this.kind !== "gateway") return false;
    const sub = this.detail.sub_code ?? "";
    return this.detail.code === "10" || (sub.startsWith("isp.") && sub !== "isp.invalid-parameters");
  }

  /** Seconds of a call-limit ban, from a sub_msg such as "This ban will last for 3 more seconds". */
  get banSeconds(): number | undefined {
    const match = /(\d+)\s*(?:more\s*)?seconds?/i.exec(this.detail.sub_msg ?? "");
    return match?.[1] ? Number(match[1]) : undefined;
  }
}
