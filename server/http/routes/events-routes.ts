import { Router } from "express";
import type { ConsoleEvent } from "../../../contract/events.ts";
import { type Actor, canActOnAnySession } from "../../auth/actor.ts";
import type { AuthService } from "../../auth/auth-service.ts";
import type { StreamEndReason } from "../../auth/stream-registry.ts";
import type { EventBus } from "../../events/event-bus.ts";
import type { Presence } from "../../events/presence.ts";
import { actorOf } from "../auth-middleware.ts";

// GET /api/events: server-sent events. A comment line every 15 s keeps proxies from closing an idle
// stream and lets the browser notice a dead connection; `retry` asks it to reconnect after 2 s.
// A stream belongs to the sign-in session that opened it: it ends at once on sign-out (the stream
// registry), and within `checkMs` of any other end (disable or reset by `npm run user` in another
// process, idle or absolute expiry), found by re-checking the session. Its last frame, `end`, says
// why, so the console asks for a sign-in instead of reconnecting.

const HEARTBEAT_MS = 15_000;

export function eventsRoutes(events: EventBus, auth: AuthService, checkMs: number, presence?: Presence) {
  const router = Router();
  router.get("/events", (req, res) => {
    const actor = actorOf(req);
    const tokenHash = req.signIn ?? "";
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    });
    let id = 0;
    let ended = false;
    // An open console makes its agent "online" for routing new customer sessions.
    const leave = presence?.consoleOpened(actor);
    const unsubscribe = events.subscribe((event) => {
      if (!ended && visibleTo(event, actor)) res.write(`id: ${++id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(": ping\n\n"), HEARTBEAT_MS);
    const recheck = setInterval(() => {
      void auth.stillValid(tokenHash).then((valid) => valid || end("signed_out"), () => end("signed_out"));
    }, checkMs);
    // Runs once, whether the stream ends here (sign-in gone) or the browser closes it.
    const cleanUp = () => {
      if (ended) return;
      ended = true;
      clearInterval(heartbeat);
      clearInterval(recheck);
      unsubscribe();
      unregister();
      leave?.();
    };
    function end(reason: StreamEndReason) {
      if (ended) return;
      cleanUp();
      res.end(`event: end\ndata: ${JSON.stringify({ reason })}\n\n`);
    }
    const unregister = auth.streams.add(tokenHash, actor.username, end);
    req.on("close", cleanUp);
    res.write("retry: 2000\n: connected\n\n");
  });
  return router;
}

/** Supervisors see everything; an agent the events of their own sessions and of the Unassigned queue. */
function visibleTo(event: ConsoleEvent, actor: Actor): boolean {
  if (canActOnAnySession(actor)) return true;
  switch (event.type) {
    case "bulk.progress":
      return false;
    case "quick_replies.changed":
      // Every agent's picker lists them.
      return true;
    case "message.updated":
      return event.agent === undefined || event.agent === actor.username;
    case "session.assigned":
      // The new owner, and the one it was taken from, so their list drops it.
      return event.session.agent === actor.username || event.from === actor.username || event.from === undefined;
    default:
      return event.session.agent === undefined || event.session.agent === actor.username;
  }
}
