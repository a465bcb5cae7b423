import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { Store, VisitorRecord } from "../store/store.ts";
import { readCookie } from "../http/auth-middleware.ts";
import { newVisitorId, readVisitorCookie, signVisitorId, VISITOR_COOKIE } from "./visitor-cookie.ts";

// Resolves the request's visitor from the signed cookie, or makes a new anonymous one (member id =
// visitor id) and sets the cookie. The cookie is httpOnly and lasts a year. SameSite: over https it is
// `None; Secure; Partitioned`, because the page is meant to be framed on other sites (Lax or Strict
// would drop it inside a cross-site frame, and Partitioned keeps it working where third-party cookies
// are blocked: each embedding site gets its own visitor); over plain http (the sandbox) None is not
// allowed without Secure, so it is Lax, which serves the page on its own origin and same-site frames.

declare module "express-serve-static-core" {
  interface Request {
    visitor?: VisitorRecord;
  }
}

const YEAR_MS = 365 * 24 * 3_600_000;

export interface VisitorCookiePolicy {
  secure: boolean;
}

export function setVisitorCookie(res: Response, secret: string, visitorId: string, policy: VisitorCookiePolicy) {
  res.cookie(VISITOR_COOKIE, signVisitorId(secret, visitorId), {
    httpOnly: true,
    path: "/",
    maxAge: YEAR_MS,
    ...(policy.secure ? { secure: true, sameSite: "none", partitioned: true } : { sameSite: "lax" }),
  });
}

export function visitorIdentity(store: Store, policy: VisitorCookiePolicy, now: () => number = Date.now): RequestHandler {
  let secret: Promise<string> | undefined;
  return async (req: Request, res: Response, next: NextFunction) => {
    const key = await (secret ??= store.visitors.cookieSecret());
    const id = readVisitorCookie(key, readCookie(req, VISITOR_COOKIE));
    const known = id ? await store.visitors.get(id) : undefined;
    if (known) {
      req.visitor = known;
      return next();
    }
    const visitorId = newVisitorId();
    req.visitor = await store.visitors.create({ visitorId, memberId: visitorId, signed: false }, now());
    setVisitorCookie(res, key, visitorId, policy);
    next();
  };
}

export function visitorOf(req: Request): VisitorRecord {
  if (!req.visitor) throw new Error("visitorIdentity must run before this route");
  return req.visitor;
}
