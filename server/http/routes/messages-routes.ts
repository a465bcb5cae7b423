import { Router } from "express";
import { pageQuerySchema, sendMessageBodySchema } from "../../../contract/api.ts";
import type { ConsoleService } from "../../services/console-service.ts";
import { parse } from "../parse.ts";
import type { ActorOf } from "./actor.ts";

export function messagesRoutes(service: ConsoleService, actorOf: ActorOf) {
  const router = Router();
  router.get("/sessions/:sid/messages", async (req, res) => {
    res.json(await service.listMessages(req.params.sid, parse(pageQuerySchema, req.query)));
  });
  router.post("/sessions/:sid/messages", async (req, res) => {
    res.json(await service.sendMessage(req.params.sid, parse(sendMessageBodySchema, req.body), actorOf(req)));
  });
  return router;
}
