import { Router } from "express";
import { createGroupBodySchema, createGroupTicketBodySchema } from "../../../contract/api.ts";
import type { ConsoleService } from "../../services/console-service.ts";
import { parse } from "../parse.ts";
import type { ActorOf } from "./actor.ts";

export function groupsRoutes(service: ConsoleService, actorOf: ActorOf) {
  const router = Router();
  router.post("/groups", async (req, res) => {
    res.status(201).json(await service.createGroup(parse(createGroupBodySchema, req.body), actorOf(req)));
  });
  router.post("/group-tickets", async (req, res) => {
    res.status(201).json(await service.saveGroupTicket(parse(createGroupTicketBodySchema, req.body), actorOf(req)));
  });
  return router;
}
