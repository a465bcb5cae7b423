import { Router } from "express";
import { pageQuerySchema } from "../../../contract/api.ts";
import { agentSendBodySchema } from "../../messages/send-body.ts";
import type { ConsoleService } from "../../services/console-service.ts";
import { actorOf } from "../auth-middleware.ts";
import { parse } from "../parse.ts";

export function messagesRoutes(service: ConsoleService) {
  const router = Router();
  router.get("/sessions/:sid/messages", async (req, res) => {
    res.json(await service.listMessages(req.params.sid, parse(pageQuerySchema, req.query), actorOf(req)));
  });
  router.post("/sessions/:sid/messages", async (req, res) => {
    res.json(await service.sendMessage(req.params.sid, parse(agentSendBodySchema, req.body), actorOf(req)));
  });
  return router;
}
