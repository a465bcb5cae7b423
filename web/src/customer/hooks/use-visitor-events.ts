import { useEffect, useState } from "react";
import { type VisitorEvent, visitorEventSchema, visitorPaths } from "../../../../contract/visitor.ts";

// The visitor's live stream. Keeping it open is also the page's heartbeat: the BFF ends a
// conversation whose customer has had no live page for a while. Nothing is replayed after a drop,
// so every reconnect reloads the conversation. The browser reconnects by itself after a dropped
// stream; one the server refused (CLOSED) is tried again a little later.

const retryAfterClosedMs = 5_000;
const eventNames = ["message", "read", "conversation"] as const;

export function useVisitorEvents(onEvent: (event: VisitorEvent) => void, onReconnect: () => void): boolean {
  const [open, setOpen] = useState(true);
  useEffect(() => {
    let source: EventSource | undefined;
    let retry: number | undefined;
    let connectedBefore = false;
    const handle = (message: MessageEvent<string>) => {
      try {
        const parsed = visitorEventSchema.safeParse(JSON.parse(message.data));
        if (parsed.success) onEvent(parsed.data);
      } catch {
        // Not JSON: nothing the page can show.
      }
    };
    const connect = () => {
      source = new EventSource(visitorPaths.events);
      source.addEventListener("open", () => {
        if (connectedBefore) onReconnect();
        connectedBefore = true;
        setOpen(true);
      });
      for (const name of eventNames) source.addEventListener(name, handle);
      source.addEventListener("error", () => {
        setOpen(false);
        if (source?.readyState === EventSource.CLOSED) retry = window.setTimeout(connect, retryAfterClosedMs);
      });
    };
    connect();
    return () => {
      window.clearTimeout(retry);
      source?.close();
    };
  }, [onEvent, onReconnect]);
  return open;
}
