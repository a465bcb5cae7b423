import type { TopErrorResponse } from "../../contract/top-results.ts";
import { responseKey } from "../../contract/top-calls.ts";

// The two answer shapes of the TOP gateway. Every answer carries a request_id, as the real one does,
// so a client can log it whatever the outcome.

export type TopError = Omit<TopErrorResponse, "request_id">;

/** The gateway's own messages for the protocol codes the sandbox answers. */
export const topErrorMessages = {
  21: "Missing Method",
  22: "Invalid Method",
  23: "Invalid Format",
  24: "Missing Signature",
  25: "Invalid Signature",
  26: "Missing Session",
  27: "Invalid Session",
  28: "Missing App Key",
  29: "Invalid App Key",
  30: "Missing Timestamp",
  31: "Invalid Timestamp",
  32: "Missing Version",
  33: "Invalid Version",
  40: "Missing required arguments",
  41: "Invalid arguments",
} as const;

export type ProtocolCode = keyof typeof topErrorMessages;

export function topError(code: ProtocolCode, subMsg?: string, subCode?: string): TopError {
  const error: TopError = { code, msg: topErrorMessages[code] };
  if (subCode !== undefined) error.sub_code = subCode;
  if (subMsg !== undefined) error.sub_msg = subMsg;
  return error;
}

/** Short, unique enough for logs; the real gateway's ids are base36 too. */
export function newRequestId(): string {
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
}

export function errorEnvelope(error: TopError, requestId: string): { error_response: TopErrorResponse } {
  return { error_response: { ...error, request_id: requestId } };
}

export function successEnvelope(method: string, result: object, requestId: string): Record<string, unknown> {
  return { [responseKey(method)]: { result, request_id: requestId } };
}
