import { Router } from "express";
import { loginBodySchema } from "../../../contract/auth.ts";
import { type AuthService, toUserView } from "../../auth/auth-service.ts";
import { readCookie, SESSION_COOKIE } from "../auth-middleware.ts";
import { parse } from "../parse.ts";

export interface CookiePolicy {
  secure: boolean;
  /** Absolute lifetime; the server also enforces idle expiry on every request. */
  maxAgeMs: number;
}

/** Sign-in and sign-out: public routes (still same-origin only, like every state-changing route). */
export function authRoutes(auth: AuthService, cookie: CookiePolicy) {
  const router = Router();
  router.post("/auth/login", async (req, res) => {
    const { username, password } = parse(loginBodySchema, req.body);
    const { token, user } = await auth.login(username, password, req.socket.remoteAddress ?? "unknown");
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
    await auth.logout(readCookie(req, SESSION_COOKIE));
    res.clearCookie(SESSION_COOKIE, { path: "/" });
    res.status(204).end();
  });
  return router;
}

/** Who is signed in (behind requireUser). */
export function meRoutes() {
  const router = Router();
  router.get("/auth/me", (req, res) => {
    res.json({ user: req.user });
  });
  return router;
}
