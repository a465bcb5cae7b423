import { Router } from "express";
import type { ConsoleEvent } from "../../../contract/events.ts";
import { type Actor, canActOnAnySession } from "../../auth/actor.ts";
import type { EventBus } from "../../events/event-bus.ts";
import { actorOf } from "../auth-middleware.ts";

// GET /api/events: server-sent events. A comment line every 15 s keeps proxies from closing an idle
// stream and lets the browser notice a dead connection; `retry` asks it to reconnect after 2 s.

const HEARTBEAT_MS = 15_000;

export function eventsRoutes(events: EventBus) {
  const router = Router();
  router.get("/events", (req, res) => {
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    });
    res.write("retry: 2000\n: connected\n\n");
    let id = 0;
    const actor = actorOf(req);
    const unsubscribe = events.subscribe((event) => {
      if (!visibleTo(event, actor)) return;
      res.write(`id: ${++id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(": ping\n\n"), HEARTBEAT_MS);
    req.on("close", () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });
  return router;
}

/** Supervisors see everything; an agent sees only events of the sessions they opened. */
function visibleTo(event: ConsoleEvent, actor: Actor): boolean {
  if (canActOnAnySession(actor)) return true;
  switch (event.type) {
    case "bulk.progress":
      return false;
    case "message.updated":
      return event.agent === actor.username;
    default:
      return event.session.agent === actor.username;
  }
}
