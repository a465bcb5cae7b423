import type { AuditOutcome, GatewayErrorDetail } from "../../contract/board.ts";
import type { TopCallName, TopParams } from "../../contract/top-calls.ts";
import { topCalls } from "../../contract/top-calls.ts";
import type { TopClient, TopSuccess } from "../top/client.ts";
import { TopError } from "../top/top-error.ts";
import type { AuditEntry, Store } from "../store/store.ts";
import { fromTopError } from "./platform-failure.ts";

// Every TOP call the console makes goes through here, so each one lands in the audit trail with its
// outcome, codes, latency and request id (never the parameters' secrets: there are none in them, and
// the sign and app secret never leave the TOP client). A failure leaves as the console's DomainError,
// with the platform's codes and request_id, so no service has to know what a TopError is.

export type TopCaller = Pick<TopClient, "call">;

export interface CallContext {
  actor: string;
  sid?: string | undefined;
}

/**
 * `record` decides where the entry goes: by default straight into the audit trail; a caller that
 * writes its own outcome right after (message send) passes a recorder and writes the entry in the
 * same transaction.
 */
export type AuditRecorder = (entry: AuditEntry) => unknown;

export function createAuditedTop(top: TopCaller, store: Store, now: () => number) {
  return async function callTop<N extends TopCallName>(
    name: N,
    params: TopParams<N>,
    ctx: CallContext,
    record: AuditRecorder = (entry) => store.audit.record(entry),
  ): Promise<TopSuccess<N>> {
    const method = topCalls[name].method;
    try {
      const success = await top.call(name, params);
      await record({
        at: now(),
        method,
        actor: ctx.actor,
        sid: ctx.sid,
        outcome: "ok",
        // What the platform said with its yes, kept as read (a numeric code arrives as a string).
        top_code: success.result.code,
        msg: success.result.msg,
        request_id: success.requestId,
        latency_ms: success.latencyMs,
        attempts: success.attempts,
      });
      return success;
    } catch (error) {
      if (error instanceof TopError) {
        await record({
          at: now(),
          method,
          actor: ctx.actor,
          sid: ctx.sid,
          ...auditOutcomeOf(error),
          top_code: error.detail.code,
          msg: error.detail.msg,
          sub_code: error.detail.sub_code,
          sub_msg: error.detail.sub_msg,
          request_id: error.detail.request_id,
          latency_ms: error.latencyMs,
          attempts: error.attempts,
        });
        throw fromTopError(error);
      }
      throw error;
    }
  };
}

export type CallTop = ReturnType<typeof createAuditedTop>;

/**
 * The audit trail's words for a failed call, from the failure class the retry policy and the error
 * model read too: a refusal the platform answered (isv.* such as code 15 isv.session-locked, bad
 * arguments, result.success=false) is never a "gateway error"; the call limit is its own; anything
 * without a usable answer is a gateway error, with which kind in `detail`.
 */
export function auditOutcomeOf(error: TopError): { outcome: AuditOutcome; detail?: GatewayErrorDetail } {
  switch (error.failure) {
    case "caller_fault":
    case "business":
      return { outcome: "platform_refused" };
    case "flow_control":
      return { outcome: "flow_control" };
    case "provider_fault":
    case "gateway_fault":
      return { outcome: "gateway_error", detail: error.failure };
    case "unreadable":
      return { outcome: "gateway_error", detail: "unreadable" };
    case "never_sent":
    case "ambiguous":
      return { outcome: "gateway_error", detail: error.kind === "timeout" ? "timeout" : "transport" };
  }
}
