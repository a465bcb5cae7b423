import type { QueryClient } from "@tanstack/react-query";
import { type ConsoleEvent, consoleEventSchema, streamEndSchema, type StreamEnd } from "../../../contract/events.ts";

// The server-sent events of GET /api/events, and how they reach the cache: each feature that reacts
// to live events owns a handler for what the event changes in its views, and app/ hands the list of
// them to useConsoleEvents. This module knows the events, not who cares about them.

/** What one feature does with a live event: usually replace or refetch the queries it shows. */
export type ConsoleEventHandler = (event: ConsoleEvent, queryClient: QueryClient) => void;

export const consoleEventTypes = consoleEventSchema.options.map((option) => option.shape.type.value);

export function parseConsoleEvent(data: string): ConsoleEvent | undefined {
  try {
    const parsed = consoleEventSchema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Why the server ended the stream; an unreadable reason counts as the sign-in having ended. */
export function parseStreamEnd(data: string): StreamEnd["reason"] {
  try {
    const parsed = streamEndSchema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data.reason : "signed_out";
  } catch {
    return "signed_out";
  }
}

/** Gives the event to every handler, in order; one that throws does not keep it from the others. */
export function dispatchConsoleEvent(handlers: readonly ConsoleEventHandler[], event: ConsoleEvent, queryClient: QueryClient): void {
  for (const handle of handlers) {
    try {
      handle(event, queryClient);
    } catch (error) {
      console.warn(`a live-event handler failed on ${event.type}`, error);
    }
  }
}

/** After a reconnect nothing is replayed, so everything the console shows is fetched again. */
export function refetchAfterReconnect(queryClient: QueryClient): void {
  void queryClient.invalidateQueries();
}
