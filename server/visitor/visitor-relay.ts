import { EventEmitter } from "node:events";
import type { ConsoleEvent } from "../../contract/events.ts";
import type { VisitorEvent } from "../../contract/visitor.ts";
import type { EventBus } from "../events/event-bus.ts";
import type { Store } from "../store/store.ts";
import { toVisitorHeader, toVisitorMessage } from "./visitor-view.ts";

// Turns console events about channel-0 sessions into the customer page's events, once per event
// (not once per open page), and fans them out by member id. An agent's MSG_READ becomes "read";
// their other sent messages become "message"; the visitor's own messages report their status.

export interface VisitorRelay {
  subscribe(memberId: string, listener: (event: VisitorEvent) => void): () => void;
  stop(): void;
}

export function createVisitorRelay(events: EventBus, store: Store): VisitorRelay {
  const fanout = new EventEmitter();
  fanout.setMaxListeners(0);

  async function translate(event: ConsoleEvent): Promise<[string, VisitorEvent] | undefined> {
    switch (event.type) {
      case "message.updated": {
        const session = await store.sessions.get(event.message.sid);
        if (!session || session.channel !== "0") return undefined;
        const m = event.message;
        if (m.type === "MSG_READ" && m.status === "sent" && m.sender_type !== "1") {
          return [session.channel_uid, { type: "read", sid: session.sid, read_at: m.payload.readTime }];
        }
        const message = toVisitorMessage(m, session);
        return message ? [session.channel_uid, { type: "message", sid: session.sid, message }] : undefined;
      }
      case "session.opened":
      case "session.closed":
      case "session.assigned": {
        const s = event.session;
        if (s.channel !== "0") return undefined;
        return [s.channel_uid, { type: "conversation", conversation: toVisitorHeader(s, await store.sessions.agentReadAt(s.sid)) }];
      }
      default:
        return undefined;
    }
  }

  const unsubscribe = events.subscribe((event) => {
    void translate(event).then(
      (out) => out && fanout.emit(out[0], out[1]),
      () => undefined, // a lookup failing must not take the bus down; the page refetches on reconnect
    );
  });

  return {
    subscribe(memberId, listener) {
      fanout.on(memberId, listener);
      return () => fanout.off(memberId, listener);
    },
    stop: unsubscribe,
  };
}
