import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import type { Logger } from "pino";

// A request id on every request (the caller's x-request-id when it is sane, else a new one), echoed
// in the response header and in every error body, and one structured log line per request: method,
// path, status, duration. Bodies and query strings are never logged (they carry customer content).

declare module "express-serve-static-core" {
  interface Request {
    id: string;
  }
}

const SANE_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function requestContext(log: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.get("x-request-id");
    req.id = incoming && SANE_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader("x-request-id", req.id);
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // Sign-in and permission refusals and rate limits are worth a warning; a missing file or a
      // malformed request is the client's business and logged at info.
      const level = res.statusCode >= 500 ? "error" : [401, 403, 429].includes(res.statusCode) ? "warn" : "info";
      log[level]({ reqId: req.id, method: req.method, path: req.originalUrl.split("?")[0], status: res.statusCode, ms: Math.round(ms * 10) / 10 }, "request");
    });
    next();
  };
}
