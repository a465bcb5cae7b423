import { z } from "zod";
import { responseKey, topCalls } from "../../contract/top-calls.ts";
import { topErrorResponseSchema } from "../../contract/top-results.ts";

// A reference point for server/top/envelope.ts, not used by the server: the same checks with the zod
// schemas built once per method instead of on every call, and the error schema tried only when the
// answer has an error_response key (a failed safeParse builds a ZodError, which is not free).
// The gap between the two rows in RESULTS.md is what hoisting the schemas would save per TOP answer.

const errorEnvelope = z.object({ error_response: topErrorResponseSchema });
const { method, result } = topCalls.sendMessage;
const key = responseKey(method);
const successEnvelope = z.object({ [key]: z.object({ result, request_id: z.string().optional() }) });

/** True when `body` is a well-formed answer of message.send, success or error. */
export function parseSendEnvelopePrebuilt(body: string): boolean {
  const json: unknown = JSON.parse(body);
  if (typeof json === "object" && json !== null && "error_response" in json) return errorEnvelope.safeParse(json).success;
  return successEnvelope.safeParse(json).success;
}
