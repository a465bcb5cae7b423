import { Router } from "express";
import { closeSessionBodySchema, createSessionBodySchema, markClosedBodySchema, pageQuerySchema } from "../../../contract/api.ts";
import type { ConsoleService } from "../../services/console-service.ts";
import { actorOf } from "../auth-middleware.ts";
import { parse } from "../parse.ts";

export function sessionsRoutes(service: ConsoleService) {
  const router = Router();
  router.get("/sessions", async (req, res) => {
    res.json(await service.listSessions(parse(pageQuerySchema, req.query), actorOf(req)));
  });
  router.post("/sessions", async (req, res) => {
    res.status(201).json(await service.createSession(parse(createSessionBodySchema, req.body), actorOf(req)));
  });
  router.get("/sessions/:sid", async (req, res) => {
    res.json(await service.getSession(req.params.sid, actorOf(req)));
  });
  router.post("/sessions/:sid/close", async (req, res) => {
    res.json(await service.closeSessionFor(req.params.sid, parse(closeSessionBodySchema, req.body), actorOf(req)));
  });
  // For a session the platform no longer knows: closed in the console only, audited with its reason.
  router.post("/sessions/:sid/mark-closed", async (req, res) => {
    res.json(await service.markClosed(req.params.sid, parse(markClosedBodySchema, req.body), actorOf(req)));
  });
  return router;
}
