import type { NextFunction, Request, Response } from "express";
import type { Logger } from "pino";
import { DomainError } from "../services/domain-error.ts";
import { toHttpAnswer } from "./http-error.ts";

// The one error middleware: every failure leaves as the stable JSON error body with the request id.
// Unknown errors are logged with their stack here and answered as a bare 500: no stack or internals
// ever reach the caller.

interface BodyParserError {
  type?: string;
  status?: number;
  statusCode?: number;
  /** The raw body, on a parse failure. */
  body?: unknown;
  /** Headers the error's answer must carry (send's 416 names the file's length in Content-Range). */
  headers?: Record<string, unknown>;
}

/**
 * express.static's answers to a failed precondition: a client (or cache) acts on the status itself,
 * so these are kept, not folded into 400 with the other client mistakes.
 */
const keptStatuses: Record<number, string> = {
  412: "The file does not meet the request's If-Match or If-Unmodified-Since condition.",
  416: "The requested range is outside the file.",
};

function keptStatus(error: unknown): number | undefined {
  if (error instanceof DomainError || typeof error !== "object" || error === null) return undefined;
  const { status, statusCode } = error as BodyParserError;
  const code = status ?? statusCode;
  return code !== undefined && code in keptStatuses ? code : undefined;
}

/** express.json (strict) refuses `null`, `"x"` or `5` as a parse failure, but they are JSON: say what is wrong. */
function isJsonText(body: unknown): boolean {
  if (typeof body !== "string") return false;
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}

export function errorHandler(log: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const domainError = toDomainError(error);
    if (!(error instanceof DomainError) && domainError.kind === "internal") {
      log.error({ reqId: req.id, err: error }, "unhandled error");
    } else if (!(error instanceof DomainError)) {
      // A client's mistake (a missing file, a malformed URL or body): worth a line, not a stack.
      log.info({ reqId: req.id, code: domainError.code, reason: domainError.message }, "client error");
    }
    if (res.headersSent) return;
    const answer = toHttpAnswer(domainError, typeof req.id === "string" ? req.id : undefined);
    if (answer.retryAfterSeconds !== undefined) res.setHeader("retry-after", String(answer.retryAfterSeconds));
    const kept = keptStatus(error);
    if (kept !== undefined) {
      const range = (error as BodyParserError).headers?.["Content-Range"];
      if (typeof range === "string") res.setHeader("content-range", range);
      res.status(kept).json(answer.body);
      return;
    }
    res.status(answer.status).json(answer.body);
  };
}

function toDomainError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const parserError = (typeof error === "object" && error !== null ? error : {}) as BodyParserError;
  switch (parserError.type) {
    case "entity.too.large":
      return new DomainError("payload_too_large", "The request body is too large.");
    case "entity.parse.failed":
      return isJsonText(parserError.body)
        ? new DomainError("invalid_input", "The request body must be a JSON object.")
        : new DomainError("invalid_input", "The request body is not valid JSON.");
    case "charset.unsupported":
    case "encoding.unsupported":
      return new DomainError("unsupported_encoding", "The request body must be UTF-8 JSON.");
    case "stream.encoding.set":
    case "request.aborted":
    case "request.size.invalid":
      return new DomainError("invalid_input", "The request body could not be read.");
  }
  // Errors that carry a 4xx of their own: express.static's missing file (404), a path whose
  // percent-encoding does not decode (400, from the router or from send), a body whose
  // Content-Encoding does not inflate (400). Their messages can hold absolute paths: never echoed.
  const status = parserError.status ?? parserError.statusCode;
  if (status === 404) return new DomainError("not_found", "Not found.");
  const kept = status === undefined ? undefined : keptStatuses[status];
  if (kept !== undefined) return new DomainError("invalid_input", kept);
  if (error instanceof URIError || (typeof status === "number" && status >= 400 && status < 500)) {
    return new DomainError("invalid_input", "The request is malformed (its URL or body could not be decoded).");
  }
  return new DomainError("internal", "Something went wrong on our side.");
}

export function notFound(req: Request, _res: Response, next: NextFunction) {
  next(new DomainError("not_found", `No route ${req.method} ${req.path}.`));
}
