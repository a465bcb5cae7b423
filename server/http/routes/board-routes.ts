import { Router } from "express";
import { auditQuerySchema, autoClosePolicySchema, boardQuerySchema, bulkCloseBodySchema } from "../../../contract/board.ts";
import type { SecurityAudit } from "../../auth/security-audit.ts";
import type { ConsoleService } from "../../services/console-service.ts";
import { actorOf, requireRole } from "../auth-middleware.ts";
import { parse } from "../parse.ts";

/** The supervisor's routes: the board of open sessions, bulk close, auto-close policy, audit trail. */
export function boardRoutes(service: ConsoleService, audit?: SecurityAudit) {
  const router = Router();
  // Per route, not router.use: this router is mounted at the API root, where a router-wide
  // middleware would also run for requests that only pass through it.
  const supervisor = requireRole("supervisor", audit);
  router.get("/board/sessions", supervisor, async (req, res) => {
    const { limit, cursor, sort, dir, ...filter } = parse(boardQuerySchema, req.query);
    res.json(await service.board(filter, { limit, cursor }, { sort, dir }));
  });
  router.get("/board/bulk-close", supervisor, async (_req, res) => {
    res.json(await service.bulkClose.recent());
  });
  router.post("/board/bulk-close", supervisor, async (req, res) => {
    res.status(202).json(await service.bulkClose.start(parse(bulkCloseBodySchema, req.body), actorOf(req)));
  });
  router.get("/board/bulk-close/:id", supervisor, async (req, res) => {
    res.json(await service.bulkClose.get(String(req.params.id)));
  });
  router.post("/board/bulk-close/:id/retry", supervisor, async (req, res) => {
    res.status(202).json(await service.bulkClose.retryFailed(String(req.params.id)));
  });
  router.get("/board/auto-close", supervisor, async (_req, res) => {
    res.json(await service.autoClose.policy());
  });
  router.put("/board/auto-close", supervisor, async (req, res) => {
    res.json(await service.autoClose.setPolicy(parse(autoClosePolicySchema, req.body), { actor: actorOf(req), address: req.ip }));
  });
  router.get("/audit", supervisor, async (req, res) => {
    res.json(await service.audit(parse(auditQuerySchema, req.query)));
  });
  return router;
}
