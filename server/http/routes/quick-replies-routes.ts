import { Router } from "express";
import { quickReplyBodySchema, quickReplyQuerySchema } from "../../../contract/quick-replies.ts";
import type { SecurityAudit } from "../../auth/security-audit.ts";
import type { QuickReplyOperations } from "../../services/quick-reply-operations.ts";
import { actorOf, requireRole } from "../auth-middleware.ts";
import { parse } from "../parse.ts";

/** Quick replies: any signed-in user lists them; supervisors create, replace and delete them. */
export function quickRepliesRoutes(quickReplies: QuickReplyOperations, audit?: SecurityAudit) {
  const router = Router();
  // Per route, as the board's: this router is mounted at the API root.
  const supervisor = requireRole("supervisor", audit);
  router.get("/quick-replies", async (req, res) => {
    res.json({ items: await quickReplies.list(parse(quickReplyQuerySchema, req.query).q) });
  });
  router.post("/quick-replies", supervisor, async (req, res) => {
    res.status(201).json(await quickReplies.create(parse(quickReplyBodySchema, req.body), actorOf(req)));
  });
  router.put("/quick-replies/:id", supervisor, async (req, res) => {
    res.json(await quickReplies.update(String(req.params.id), parse(quickReplyBodySchema, req.body), actorOf(req)));
  });
  router.delete("/quick-replies/:id", supervisor, async (req, res) => {
    await quickReplies.remove(String(req.params.id), actorOf(req));
    res.status(204).end();
  });
  return router;
}
