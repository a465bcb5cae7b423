import { Router } from "express";
import { auditQuerySchema, autoClosePolicySchema, boardQuerySchema, bulkCloseBodySchema } from "../../../contract/board.ts";
import type { ConsoleService } from "../../services/console-service.ts";
import { parse } from "../parse.ts";
import type { ActorOf } from "./actor.ts";

/** The supervisor's routes: the board of open sessions, bulk close, auto-close policy, audit trail. */
export function boardRoutes(service: ConsoleService, actorOf: ActorOf) {
  const router = Router();
  router.get("/board/sessions", async (req, res) => {
    const { limit, cursor, ...filter } = parse(boardQuerySchema, req.query);
    res.json(await service.board(filter, { limit, cursor }));
  });
  router.post("/board/bulk-close", async (req, res) => {
    res.status(202).json(await service.bulkClose.start(parse(bulkCloseBodySchema, req.body), actorOf(req)));
  });
  router.get("/board/bulk-close/:id", async (req, res) => {
    res.json(await service.bulkClose.get(req.params.id));
  });
  router.post("/board/bulk-close/:id/retry", async (req, res) => {
    res.status(202).json(await service.bulkClose.retryFailed(req.params.id));
  });
  router.get("/board/auto-close", async (_req, res) => {
    res.json(await service.autoClose.policy());
  });
  router.put("/board/auto-close", async (req, res) => {
    res.json(await service.autoClose.setPolicy(parse(autoClosePolicySchema, req.body)));
  });
  router.get("/audit", async (req, res) => {
    res.json(await service.audit(parse(auditQuerySchema, req.query)));
  });
  return router;
}
