import { EventEmitter } from "node:events";
import type { ConsoleEvent } from "../../contract/events.ts";

// Fans console events out to every open SSE stream of this process. With several BFF instances the
// same interface would sit on a shared channel (PostgreSQL LISTEN/NOTIFY or Redis pub/sub): publish
// writes to the channel, and each instance's subscription relays what arrives to its own streams.

export interface EventBus {
  publish(event: ConsoleEvent): void;
  /**
   * Resolves once every event published so far has left this process for the other instances (at once
   * when there are none). An answer sent after it cannot outrun its events: if this instance dies right
   * after answering, the other instances' consoles have still heard what the client was told.
   */
  flush(): Promise<void>;
  subscribe(listener: (event: ConsoleEvent) => void): () => void;
}

export function createLocalEventBus(): EventBus {
  const emitter = new EventEmitter();
  // One listener per open console tab: no fixed ceiling makes sense here.
  emitter.setMaxListeners(0);
  return {
    publish(event) {
      emitter.emit("event", event);
    },
    flush: () => Promise.resolve(),
    subscribe(listener) {
      emitter.on("event", listener);
      return () => emitter.off("event", listener);
    },
  };
}
