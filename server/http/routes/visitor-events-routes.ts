import { Router } from "express";
import type { Presence } from "../../events/presence.ts";
import type { VisitorRelay } from "../../visitor/visitor-relay.ts";
import { visitorOf } from "../../visitor/visitor-identity.ts";
import { DomainError } from "../../services/domain-error.ts";

// GET /api/visitor/events: the customer page's live stream, of their own conversations only. Being
// open is the page's heartbeat (server/services/heartbeat.ts), whichever instance holds it. A comment
// every 15 s keeps proxies from closing it and lets the browser notice a dead connection.

const PING_MS = 15_000;
/** Tabs one visitor may keep live at once: enough for any person, not for one client holding thousands. */
export const MAX_STREAMS_PER_VISITOR = 8;

export function visitorEventsRoutes(relay: VisitorRelay, presence: Presence) {
  const router = Router();
  router.get("/visitor/events", async (req, res) => {
    const visitor = visitorOf(req);
    // Counted before the check (which may ask the other instances), so pages opened at once see one another.
    const leave = presence.visitorOpened(visitor.memberId);
    const open = await presence.visitorStreams(visitor.memberId);
    if (open > MAX_STREAMS_PER_VISITOR) {
      leave();
      throw new DomainError("rate_limited", `At most ${MAX_STREAMS_PER_VISITOR} chat pages may be open at once; close one.`, { retryAfterSeconds: 30 });
    }
    if (req.socket.destroyed) {
      leave(); // gone while the count was asked: 'close' has been and gone
      return;
    }
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
    const ping = setInterval(() => res.write(": ping\n\n"), PING_MS);
    req.on("close", () => {
      clearInterval(ping);
      unsubscribe();
      leave();
    });
  });
  return router;
}
