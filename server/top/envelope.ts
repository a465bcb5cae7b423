import { z } from "zod";
import { responseKey } from "../../contract/top-calls.ts";
import { topErrorResponseSchema } from "../../contract/top-results.ts";
import { TopError } from "./top-error.ts";

// Reads a TOP answer body into the call's result, or a TopError. Both envelopes are parsed with zod:
// `{"<method>_response": {"result": …, "request_id": …}}` and `{"error_response": {…}}`.

// zod compiles a schema on its first parse: building these per call would compile them per call.
const gatewayErrorEnvelope = z.object({ error_response: topErrorResponseSchema });
const successEnvelopes = new Map<string, z.ZodType>();

function successEnvelope(method: string, resultSchema: z.ZodType): z.ZodType {
  let schema = successEnvelopes.get(method);
  if (!schema) {
    schema = z.object({ [responseKey(method)]: z.object({ result: resultSchema, request_id: z.string().optional() }) });
    successEnvelopes.set(method, schema);
  }
  return schema;
}

export interface ParsedResult<R> {
  result: R;
  requestId: string | undefined;
}

export function parseEnvelope<S extends z.ZodType<{ success: boolean; code?: string | undefined; msg?: string | undefined }>>(
  method: string,
  resultSchema: S,
  body: string,
): ParsedResult<z.infer<S>> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new TopError({ kind: "transport", method, message: "TOP answered a body that is not JSON" });
  }
  // Most answers succeed: only look for the error envelope where its key is present.
  const gatewayError = typeof json === "object" && json !== null && "error_response" in json ? gatewayErrorEnvelope.safeParse(json) : undefined;
  if (gatewayError?.success) {
    const e = gatewayError.data.error_response;
    throw new TopError({
      kind: "gateway",
      method,
      message: `TOP error ${e.code}: ${e.msg}${e.sub_code ? ` (${e.sub_code})` : ""}`,
      detail: { code: String(e.code), msg: e.msg, sub_code: e.sub_code, sub_msg: e.sub_msg, request_id: e.request_id },
    });
  }
  const envelope = successEnvelope(method, resultSchema).safeParse(json);
  if (!envelope.success) {
    throw new TopError({ kind: "transport", method, message: "TOP answered JSON in neither envelope" });
  }
  const inner = (envelope.data as Record<string, { result: z.infer<S>; request_id?: string | undefined }>)[responseKey(method)];
  if (!inner) throw new TopError({ kind: "transport", method, message: "TOP answered JSON in neither envelope" });
  if (!inner.result.success) {
    throw new TopError({
      kind: "business",
      method,
      message: `TOP business failure ${inner.result.code ?? "?"}: ${inner.result.msg ?? ""}`,
      detail: { code: inner.result.code, msg: inner.result.msg, request_id: inner.request_id },
    });
  }
  return { result: inner.result, requestId: inner.request_id };
}
