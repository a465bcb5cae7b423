import type { z } from "zod";
import type { TopErrorDetail } from "../../contract/errors.ts";
import { responseKey } from "../../contract/top-calls.ts";
import { topErrorAnswerSchema } from "../../contract/top-results.ts";
import { TopError } from "./top-error.ts";

// Reads a TOP answer body into the call's result, or a TopError:
// `{"<method>_response": {"result": …, "request_id": …}}` or `{"error_response": {…}}`.
// Liberal on purpose: the result schemas take numbers for strings and keep unknown fields, and an
// answer whose shape still cannot be read is "unreadable" (never resent: the platform answered and
// may have acted), keeping whatever request_id, code and msg it carried. Only a body that is not JSON
// at all (cut short by a proxy, an HTML error page) is a transport failure.

export interface ParsedResult<R> {
  result: R;
  requestId: string | undefined;
}

type ResultSchema = z.ZodType<{ success: boolean; code?: string | undefined; msg?: string | undefined }>;

export function parseEnvelope<S extends ResultSchema>(method: string, resultSchema: S, body: string): ParsedResult<z.infer<S>> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new TopError({ kind: "transport", method, message: "TOP answered a body that is not JSON" });
  }
  if (!isObject(json)) throw unreadable(method, "TOP answered JSON that is not an object", {});
  if ("error_response" in json) throw gatewayError(method, json.error_response);

  // The method's own key, or the one *_response key a gateway may have spelled differently.
  const key = responseKey(method);
  const responseKeys = Object.keys(json).filter((k) => k.endsWith("_response"));
  const inner = json[key] ?? (responseKeys.length === 1 && responseKeys[0] ? json[responseKeys[0]] : undefined);
  if (!isObject(inner)) throw unreadable(method, "TOP answered JSON in neither envelope", {});
  const detail = readDetail(isObject(inner.result) ? { ...inner.result, request_id: inner.request_id } : { request_id: inner.request_id });

  const parsed = resultSchema.safeParse(inner.result);
  if (!parsed.success) throw unreadable(method, "TOP answered a result without a readable success flag", detail);
  const result = parsed.data;
  if (!result.success) {
    throw new TopError({
      kind: "business",
      method,
      message: `TOP business failure ${detail.code ?? "?"}: ${detail.msg ?? ""}`,
      detail,
    });
  }
  return { result, requestId: detail.request_id };
}

function gatewayError(method: string, answer: unknown): TopError {
  if (!isObject(answer)) return unreadable(method, "TOP answered an error_response that is not an object", {});
  const detail = readDetail(answer);
  return new TopError({
    kind: "gateway",
    method,
    message: `TOP error ${detail.code ?? "?"}: ${detail.msg ?? ""}${detail.sub_code ? ` (${detail.sub_code})` : ""}`,
    detail,
  });
}

function unreadable(method: string, message: string, detail: TopErrorDetail): TopError {
  return new TopError({ kind: "unreadable", method, message, detail });
}

/** code, msg, sub_code, sub_msg and request_id, each kept if it can be read at all. */
function readDetail(value: Record<string, unknown>): TopErrorDetail {
  const read = topErrorAnswerSchema.parse(value);
  const detail: TopErrorDetail = {};
  for (const name of ["code", "msg", "sub_code", "sub_msg", "request_id"] as const) {
    const field = read[name];
    if (field !== undefined) detail[name] = field;
  }
  return detail;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
