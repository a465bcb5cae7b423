import type { QueryClient } from "@tanstack/react-query";
import { type ConsoleEvent, consoleEventSchema } from "../../../contract/events.ts";
import { queryKeys } from "./query-keys.ts";

// What each server-sent event (GET /api/events) changes in the cache. A session event carries the
// whole SessionView, so its detail is replaced at once and the lists (their order depends on the last
// activity) are refetched; a message event refetches that session's messages.

export const consoleEventTypes = consoleEventSchema.options.map((option) => option.shape.type.value);

export function parseConsoleEvent(data: string): ConsoleEvent | undefined {
  try {
    const parsed = consoleEventSchema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function applyConsoleEvent(queryClient: QueryClient, event: ConsoleEvent): void {
  switch (event.type) {
    case "session.opened":
    case "session.closed":
    case "session.updated":
      queryClient.setQueryData(queryKeys.sessions.detail(event.session.sid), event.session);
      void queryClient.invalidateQueries({ queryKey: queryKeys.sessions.lists() });
      return;
    case "message.updated":
      void queryClient.invalidateQueries({ queryKey: queryKeys.messages.list(event.message.sid) });
      return;
    case "bulk.progress":
      // A supervisor's bulk close reports each session it closes as session.closed too.
      return;
  }
}

/** After a reconnect nothing is replayed, so everything the console shows is fetched again. */
export function refetchAfterReconnect(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: queryKeys.sessions.all() });
  void queryClient.invalidateQueries({ queryKey: queryKeys.messages.all() });
}
