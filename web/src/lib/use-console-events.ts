import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useSyncExternalStore } from "react";
import { type ConsoleEventHandler, consoleEventTypes, dispatchConsoleEvent, parseConsoleEvent, parseStreamEnd, refetchAfterReconnect } from "./console-events.ts";
import { queryKeys } from "./query-keys.ts";

// Keeps the cache in step with GET /api/events while the console is open. The browser reconnects by
// itself after a dropped stream; when the server refused the stream (e.g. the sign-in expired) it
// gives up, so a new one is tried a little later. Polling stays on as a slower safety net, and views
// that must not lag (a bulk close's progress) poll faster while the stream is down (useEventStreamOpen).
// The server ends a stream with an `end` event when its sign-in ends: the console then asks "who am
// I?" again, which brings up the sign-in dialog over the screen (drafts kept), and tries a new stream
// later. A stream closed because the user has too many open stays closed (polling carries on).

const retryAfterClosedMs = 10_000;

let streamOpen = false;
const listeners = new Set<() => void>();

function setStreamOpen(open: boolean): void {
  if (streamOpen === open) return;
  streamOpen = open;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether events arrive right now; read by queries that poll only when they do not. */
export function isEventStreamOpen(): boolean {
  return streamOpen;
}

export function useEventStreamOpen(): boolean {
  return useSyncExternalStore(subscribe, isEventStreamOpen, () => false);
}

/** `handlers` must be stable (app/ passes a module-level list): a new one reopens the stream. */
export function useConsoleEvents(handlers: readonly ConsoleEventHandler[]): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let source: EventSource | undefined;
    let retry: number | undefined;
    let connectedBefore = false;

    const connect = () => {
      source = new EventSource("/api/events");
      source.addEventListener("open", () => {
        if (connectedBefore) refetchAfterReconnect(queryClient);
        connectedBefore = true;
        setStreamOpen(true);
      });
      for (const type of consoleEventTypes) {
        source.addEventListener(type, (message: MessageEvent<string>) => {
          const event = parseConsoleEvent(message.data);
          if (event) dispatchConsoleEvent(handlers, event, queryClient);
        });
      }
      source.addEventListener("end", (message: MessageEvent<string>) => {
        source?.close();
        setStreamOpen(false);
        if (parseStreamEnd(message.data) === "too_many_streams") return;
        void queryClient.invalidateQueries({ queryKey: queryKeys.auth.me() });
        retry = window.setTimeout(connect, retryAfterClosedMs);
      });
      source.addEventListener("error", () => {
        setStreamOpen(false);
        if (source?.readyState !== EventSource.CLOSED) return;
        retry = window.setTimeout(connect, retryAfterClosedMs);
      });
    };

    connect();
    return () => {
      window.clearTimeout(retry);
      source?.close();
      setStreamOpen(false);
    };
  }, [queryClient, handlers]);
}
