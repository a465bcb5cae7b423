import { Router } from "express";
import type { ConsoleEvent } from "../../../contract/events.ts";
import { type Actor, canActOnAnySession } from "../../auth/actor.ts";
import type { EventBus } from "../../events/event-bus.ts";
import type { Presence } from "../../events/presence.ts";
import { actorOf } from "../auth-middleware.ts";

// GET /api/events: server-sent events. A comment line every 15 s keeps proxies from closing an idle
// stream and lets the browser notice a dead connection; `retry` asks it to reconnect after 2 s.

const HEARTBEAT_MS = 15_000;

export function eventsRoutes(events: EventBus, presence?: Presence) {
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
    // An open console makes its agent "online" for routing new customer sessions.
    const leave = presence?.consoleOpened(actor);
    const unsubscribe = events.subscribe((event) => {
      if (!visibleTo(event, actor)) return;
      res.write(`id: ${++id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(": ping\n\n"), HEARTBEAT_MS);
    req.on("close", () => {
      clearInterval(heartbeat);
      unsubscribe();
      leave?.();
    });
  });
  return router;
}

/** Supervisors see everything; an agent the events of their own sessions and of the Unassigned queue. */
function visibleTo(event: ConsoleEvent, actor: Actor): boolean {
  if (canActOnAnySession(actor)) return true;
  switch (event.type) {
    case "bulk.progress":
      return false;
    case "message.updated":
      return event.agent === undefined || event.agent === actor.username;
    case "session.assigned":
      // The new owner, and the one it was taken from, so their list drops it.
      return event.session.agent === actor.username || event.from === actor.username || event.from === undefined;
    default:
      return event.session.agent === undefined || event.session.agent === actor.username;
  }
}
