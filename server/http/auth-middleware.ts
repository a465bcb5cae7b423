import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { Role, UserView } from "../../contract/auth.ts";
import type { Actor } from "../auth/actor.ts";
import { type AuthService, toActor, toUserView } from "../auth/auth-service.ts";
import type { SecurityAudit } from "../auth/security-audit.ts";
import { DomainError } from "../services/domain-error.ts";

export const SESSION_COOKIE = "lyc_session";

declare module "express-serve-static-core" {
  interface Request {
    actor?: Actor;
    user?: UserView;
    /** The SHA-256 of the sign-in session's token: streams are tied to it. */
    signIn?: string;
  }
}

export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

/** Every route behind this needs a signed-in user; the user becomes the request's actor. */
export function requireUser(auth: AuthService): RequestHandler {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const signedIn = await auth.authenticate(readCookie(req, SESSION_COOKIE));
    if (!signedIn) return next(new DomainError("unauthenticated", "Sign in first."));
    req.actor = toActor(signedIn.user);
    req.user = toUserView(signedIn.user);
    req.signIn = signedIn.tokenHash;
    next();
  };
}

/** Refusals are audited: a role probing for what it may not do is worth seeing. */
export function requireRole(role: Role, audit?: SecurityAudit): RequestHandler {
  return async (req: Request, _res: Response, next: NextFunction) => {
    if (req.actor?.role === role) return next();
    await audit?.record({ action: "access.refused", actor: req.actor?.username ?? "-", address: req.ip, outcome: "refused", detail: `${req.method} ${req.baseUrl}${req.path} needs ${role}` });
    next(new DomainError("forbidden", `Only a ${role} may do this.`));
  };
}

/** The actor of a request that passed requireUser. */
export function actorOf(req: Request): Actor {
  if (!req.actor) throw new DomainError("unauthenticated", "Sign in first.");
  return req.actor;
}

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * CSRF defence for cookie-authenticated routes: a state-changing request must come from our own
 * origin (Origin, when the browser sends it, must match the Host) and carry a custom header that a
 * cross-site form or a simple cross-origin fetch cannot set without a CORS preflight we never grant.
 */
export function sameOriginOnly(req: Request, _res: Response, next: NextFunction) {
  if (!STATE_CHANGING.has(req.method)) return next();
  const origin = req.get("origin");
  if (origin !== undefined) {
    let host: string | undefined;
    try {
      host = new URL(origin).host;
    } catch {
      host = undefined;
    }
    if (host !== req.get("host")) return next(new DomainError("forbidden", "Cross-origin requests are not accepted."));
  }
  if (req.get("sec-fetch-site") === "cross-site") return next(new DomainError("forbidden", "Cross-site requests are not accepted."));
  if (req.get("x-requested-with") !== "lyservice-console") {
    return next(new DomainError("forbidden", "Missing the x-requested-with: lyservice-console header."));
  }
  next();
}
