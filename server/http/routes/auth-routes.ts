import { Router } from "express";
import type { Logger } from "pino";
import { loginBodySchema } from "../../../contract/auth.ts";
import { type AuthService, toUserView } from "../../auth/auth-service.ts";
import { actorOf, readCookie, SESSION_COOKIE } from "../auth-middleware.ts";
import { DomainError } from "../../services/domain-error.ts";
import { httpStatusOf } from "../http-error.ts";
import { parse } from "../parse.ts";

export interface CookiePolicy {
  secure: boolean;
  /** Absolute lifetime; the server also enforces idle expiry on every request. */
  maxAgeMs: number;
}

/** Sign-in and sign-out: public routes (still same-origin only, like every state-changing route). */
export function authRoutes(auth: AuthService, cookie: CookiePolicy, log?: Logger) {
  const router = Router();
  router.post("/auth/login", async (req, res) => {
    const { username, password } = parse(loginBodySchema, req.body);
    // req.ip is the client's address, or the proxy's own unless TRUST_PROXY names it.
    const address = req.ip ?? "unknown";
    const { token, user } = await auth.login(username, password, address, readCookie(req, SESSION_COOKIE)).catch((error: unknown) => {
      // Who and from where, for whoever watches the logs (never the password); the audit trail has the reason.
      log?.warn({ reqId: req.id, username, address, status: error instanceof DomainError ? httpStatusOf(error.kind) : 500 }, "sign-in refused");
      throw error;
    });
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: "strict",
      secure: cookie.secure,
      path: "/",
      maxAge: cookie.maxAgeMs,
    });
    res.json({ user: toUserView(user) });
  });
  router.post("/auth/logout", async (req, res) => {
    await auth.logout(readCookie(req, SESSION_COOKIE), req.ip ?? "unknown");
    res.clearCookie(SESSION_COOKIE, { path: "/" });
    res.status(204).end();
  });
  return router;
}

/** Who is signed in, and signing out on every device (behind requireUser). */
export function meRoutes(auth: AuthService) {
  const router = Router();
  router.get("/auth/me", (req, res) => {
    res.json({ user: req.user });
  });
  router.post("/auth/logout-everywhere", async (req, res) => {
    await auth.logoutEverywhere(actorOf(req).username, req.ip ?? "unknown");
    res.clearCookie(SESSION_COOKIE, { path: "/" });
    res.status(204).end();
  });
  return router;
}
