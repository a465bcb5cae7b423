import { Router } from "express";
import type { Presence } from "../../events/presence.ts";
import type { VisitorRelay } from "../../visitor/visitor-relay.ts";
import { visitorOf } from "../../visitor/visitor-identity.ts";

// GET /api/visitor/events: the customer page's live stream, of their own conversations only. Being
// open is the page's heartbeat (server/services/heartbeat.ts). A comment every 15 s keeps proxies
// from closing it and lets the browser notice a dead connection.

const PING_MS = 15_000;

export function visitorEventsRoutes(relay: VisitorRelay, presence: Presence) {
  const router = Router();
  router.get("/visitor/events", (req, res) => {
    const visitor = visitorOf(req);
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    });
    res.write("retry: 2000\n: connected\n\n");
    let id = 0;
    const unsubscribe = relay.subscribe(visitor.memberId, (event) => {
      res.write(`id: ${++id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    });
    const leave = presence.visitorOpened(visitor.memberId);
    const ping = setInterval(() => res.write(": ping\n\n"), PING_MS);
    req.on("close", () => {
      clearInterval(ping);
      unsubscribe();
      leave();
    });
  });
  return router;
}
