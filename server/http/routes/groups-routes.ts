import { Router } from "express";
import { createGroupBodySchema, createGroupTicketBodySchema } from "../../../contract/api.ts";
import type { ConsoleService } from "../../services/console-service.ts";
import { actorOf } from "../auth-middleware.ts";
import { parse } from "../parse.ts";

export function groupsRoutes(service: ConsoleService) {
  const router = Router();
  router.post("/groups", async (req, res) => {
    res.status(201).json(await service.createGroup(parse(createGroupBodySchema, req.body), actorOf(req)));
  });
  router.post("/group-tickets", async (req, res) => {
    res.status(201).json(await service.saveGroupTicket(parse(createGroupTicketBodySchema, req.body), actorOf(req)));
  });
  router.get("/sessions/:sid/group-tickets", async (req, res) => {
    res.json(await service.sessionTickets(req.params.sid, actorOf(req)));
  });
  return router;
}
