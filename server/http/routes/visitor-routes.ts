import { type Request, Router } from "express";
import { visitorIdentifyBodySchema, visitorMessagesQuerySchema, visitorNicknameBodySchema, visitorSendBodySchema } from "../../../contract/visitor.ts";
import type { VisitorConfig } from "../../config-visitor.ts";
import type { ConsoleService } from "../../services/console-service.ts";
import type { Store } from "../../store/store.ts";
import { verifyEmbedClaim } from "../../visitor/embed-signature.ts";
import type { VisitorLimits } from "../../visitor/visitor-limits.ts";
import { visitorOf } from "../../visitor/visitor-identity.ts";
import { parse } from "../parse.ts";

// /api/visitor/*: the customer page's JSON routes (no sign-in; the visitor cookie, the same CSRF header
// check as the console). Routes parse and delegate; ownership is checked in the service.

interface VisitorRouteDeps {
  service: ConsoleService;
  store: Store;
  limits: VisitorLimits;
  config: Pick<VisitorConfig, "embedSecret" | "embedMaxAgeMs">;
  now?: () => number;
}

const address = (req: Request) => req.ip ?? req.socket.remoteAddress ?? "unknown";

export function visitorRoutes({ service, store, limits, config, now = Date.now }: VisitorRouteDeps) {
  const router = Router();
  const profile = async (visitorId: string) => {
    const v = await store.visitors.get(visitorId);
    return { nickname: v?.nickname, signed_member: v?.signed ?? false };
  };

  router.get("/visitor/conversation", async (req, res) => {
    res.json(await service.visitor.state(visitorOf(req)));
  });
  router.get("/visitor/sessions/:sid/messages", async (req, res) => {
    res.json(await service.visitor.history(visitorOf(req), req.params.sid, parse(visitorMessagesQuerySchema, req.query)));
  });
  router.post("/visitor/messages", async (req, res) => {
    const visitor = visitorOf(req);
    const body = parse(visitorSendBodySchema, req.body);
    await limits.send(visitor.visitorId, address(req));
    res.json(await service.visitor.send(visitor, body, () => limits.start(visitor.visitorId, address(req))));
  });
  router.post("/visitor/sessions/:sid/end", async (req, res) => {
    res.json(await service.visitor.end(visitorOf(req), req.params.sid));
  });
  router.post("/visitor/nickname", async (req, res) => {
    const visitor = visitorOf(req);
    await store.visitors.setNickname(visitor.visitorId, parse(visitorNicknameBodySchema, req.body).nickname);
    res.json(await profile(visitor.visitorId));
  });
  // A bad, stale or unconfigured signature is ignored: the visitor stays who they were.
  router.post("/visitor/identify", async (req, res) => {
    const visitor = visitorOf(req);
    const claim = parse(visitorIdentifyBodySchema, req.body);
    if (verifyEmbedClaim(config.embedSecret, claim, now(), config.embedMaxAgeMs)) {
      await store.visitors.setMember(visitor.visitorId, claim.member_id, claim.nickname || undefined);
    }
    res.json(await profile(visitor.visitorId));
  });
  return router;
}
