import { randomBytes } from "node:crypto";
import { Router } from "express";
import type { ConsoleService } from "../../services/console-service.ts";
import { DomainError } from "../../services/domain-error.ts";
import type { Store } from "../../store/store.ts";
import { type VisitorCookiePolicy, setVisitorCookie } from "../../visitor/visitor-identity.ts";
import { actorOf } from "../auth-middleware.ts";

// Sandbox mode only: "Open as customer" opens the customer page as the visitor of a session, so one
// person can demo both sides. It needs a signed-in console user who may see the session, and it is
// not mounted at all with a real gateway (a live console must never let staff speak as a customer).

export function sandboxDemoRoutes(service: ConsoleService, store: Store, cookie: VisitorCookiePolicy, now: () => number = Date.now) {
  const router = Router();
  router.get("/sandbox/open-as-customer/:sid", async (req, res) => {
    const session = await service.getSession(req.params.sid, actorOf(req));
    if (session.channel !== "0") throw new DomainError("conflict", "Only a channel 0 (H5 page) session has a customer page.");
    const visitorId = `v_${randomBytes(16).toString("base64url")}`;
    await store.visitors.create({ visitorId, memberId: session.channel_uid, nickname: session.channel_nick, signed: false }, now());
    setVisitorCookie(res, await store.visitors.cookieSecret(), visitorId, cookie);
    res.redirect(303, "/chat");
  });
  return router;
}
