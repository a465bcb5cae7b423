import type { QueryClient } from "@tanstack/react-query";
import type { BulkCloseJob } from "../../../contract/board.ts";
import { type ConsoleEvent, consoleEventSchema, streamEndSchema, type StreamEnd } from "../../../contract/events.ts";
import { queryKeys } from "./query-keys.ts";

// What each server-sent event (GET /api/events) changes in the cache. A session event carries the
// whole SessionView, so its detail is replaced at once and the lists (the agent's, and the
// supervisor's board: their order and counts depend on it) are refetched; a message event refetches
// that session's messages; a bulk-close progress event replaces that job's state.

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

export function applyConsoleEvent(queryClient: QueryClient, event: ConsoleEvent): void {
  switch (event.type) {
    case "session.opened":
    case "session.closed":
    case "session.updated":
      queryClient.setQueryData(queryKeys.sessions.detail(event.session.sid), event.session);
      void queryClient.invalidateQueries({ queryKey: queryKeys.sessions.lists() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.board.sessionLists() });
      return;
    case "message.updated":
      void queryClient.invalidateQueries({ queryKey: queryKeys.messages.list(event.message.sid) });
      return;
    case "bulk.progress":
      // Each session it closes also comes as session.closed, which refreshes the lists.
      queryClient.setQueryData<BulkCloseJob>(queryKeys.board.job(event.job.id), (current) => newerBulkJob(current, event.job));
      return;
  }
}

/**
 * Of two snapshots of one bulk-close job, the later one. Events, polls and the start request's own
 * answer can arrive out of order; within a run the processed count only grows, and a finished
 * snapshot wins over a running one. (A retry starts a new run: its answer is taken as is.)
 */
export function newerBulkJob(current: BulkCloseJob | undefined, incoming: BulkCloseJob): BulkCloseJob {
  if (!current || incoming.status === "finished") return incoming;
  if (current.status === "finished") return current;
  return incoming.done + incoming.failed >= current.done + current.failed ? incoming : current;
}

/** After a reconnect nothing is replayed, so everything the console shows is fetched again. */
export function refetchAfterReconnect(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: queryKeys.sessions.all() });
  void queryClient.invalidateQueries({ queryKey: queryKeys.messages.all() });
  void queryClient.invalidateQueries({ queryKey: queryKeys.board.all() });
}
