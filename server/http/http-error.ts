import type { z } from "zod";
import type { ApiErrorBody, ApiErrorCode, FieldError } from "../../contract/errors.ts";
import { businessCodes } from "../top/business-codes.ts";
import type { TopError } from "../top/top-error.ts";

type ErrorBody = ApiErrorBody["error"];

/** The one error class below the routes; the error middleware turns it into the stable JSON body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly extra: Pick<ErrorBody, "fields" | "top" | "retryAfterSeconds"> = {},
  ) {
    super(message);
    this.name = "HttpError";
  }

  toBody(requestId?: string): ErrorBody {
    return { code: this.code, message: this.message, requestId, ...this.extra };
  }
}

export function fieldErrors(error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): FieldError[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path].map(String).join("."),
    // zod reports a missing field as invalid_type "received undefined"; the UI says "required".
    code: issue.code === "invalid_type" && / received undefined$/.test(issue.message) ? "required" : issue.code,
    message: issue.message,
  }));
}

export function validationError(error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): HttpError {
  const fields = fieldErrors(error, prefix);
  const summary = fields.map((f) => `${f.path || "(body)"}: ${f.message}`).join("; ");
  return new HttpError(400, "validation_failed", `Invalid request: ${summary}`, { fields });
}

/** Separates caller errors (4xx) from upstream failures (502/503/504), keeping TOP's own codes for support. */
export function fromTopError(error: TopError): HttpError {
  const top = error.detail;
  switch (error.kind) {
    case "timeout":
      return new HttpError(504, "top_timeout", "The TOP gateway did not answer in time.", { top });
    case "transport":
      return new HttpError(502, "top_unavailable", "The TOP gateway could not be reached or answered garbage.", { top });
    case "business":
      if (top.code === businessCodes.sessionClosed.code) {
        return new HttpError(409, "session_closed", "The platform says this session is already closed.", { top });
      }
      return new HttpError(422, "top_rejected", `The platform refused the request: ${top.msg ?? top.code ?? "unknown"}.`, { top });
    case "gateway": {
      if (error.isFlowControl) {
        return new HttpError(503, "top_flow_control", "The TOP call limit was reached; try again shortly.", { top });
      }
      const sub = top.sub_code ?? "";
      const callerFault = sub.startsWith("isv.") || top.code === "40" || top.code === "41";
      return callerFault
        ? new HttpError(422, "top_rejected", `TOP rejected the request: ${top.sub_msg ?? top.msg ?? ""}`.trim(), { top })
        : new HttpError(502, "top_unavailable", `The TOP gateway failed: ${top.msg ?? ""}`.trim(), { top });
    }
  }
}
