import { Router } from "express";
import {
  assignSessionBodySchema,
  closeSessionBodySchema,
  createSessionBodySchema,
  markClosedBodySchema,
  sessionListQuerySchema,
} from "../../../contract/api.ts";
import type { ConsoleService } from "../../services/console-service.ts";
import { actorOf } from "../auth-middleware.ts";
import { parse } from "../parse.ts";

export function sessionsRoutes(service: ConsoleService) {
  const router = Router();
  router.get("/sessions", async (req, res) => {
    res.json(await service.listSessions(parse(sessionListQuerySchema, req.query), actorOf(req)));
  });
  router.post("/sessions", async (req, res) => {
    res.status(201).json(await service.createSession(parse(createSessionBodySchema, req.body), actorOf(req)));
  });
  router.get("/sessions/:sid", async (req, res) => {
    res.json(await service.getSession(req.params.sid, actorOf(req)));
  });
  router.get("/sessions/:sid/stats", async (req, res) => {
    res.json(await service.sessionStats(req.params.sid, actorOf(req)));
  });
  router.post("/sessions/:sid/close", async (req, res) => {
    res.json(await service.closeSessionFor(req.params.sid, parse(closeSessionBodySchema, req.body), actorOf(req)));
  });
  // For a session the platform no longer knows: closed in the console only, audited with its reason.
  router.post("/sessions/:sid/mark-closed", async (req, res) => {
    res.json(await service.markClosed(req.params.sid, parse(markClosedBodySchema, req.body), actorOf(req)));
  });
  // The inbox: take from the Unassigned queue (exactly one taker wins), reassign (supervisors), read.
  router.post("/sessions/:sid/take", async (req, res) => {
    res.json(await service.takeSession(req.params.sid, actorOf(req)));
  });
  router.post("/sessions/:sid/assign", async (req, res) => {
    res.json(await service.assignSession(req.params.sid, parse(assignSessionBodySchema, req.body).agent, actorOf(req)));
  });
  router.post("/sessions/:sid/read", async (req, res) => {
    res.json(await service.readSession(req.params.sid, actorOf(req)));
  });
  return router;
}
