import type { BulkCloseJob } from "../../../../contract/board.ts";
import type { ConsoleEventHandler } from "../../lib/console-events.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { newerBulkJob } from "./lib/newer-bulk-job.ts";

// The board's share of live events: a session opening, closing or changing moves it in (or out of)
// the idle lists, whose order and counts depend on it; a bulk close's progress replaces that job's
// state, never with an older snapshot. Kept apart from the screen so the board's code stays lazy.

export const boardLiveEvents: ConsoleEventHandler = (event, queryClient) => {
  switch (event.type) {
    case "session.opened":
    case "session.closed":
    case "session.updated":
      void queryClient.invalidateQueries({ queryKey: queryKeys.board.sessionLists() });
      return;
    case "bulk.progress":
      queryClient.setQueryData<BulkCloseJob>(queryKeys.board.job(event.job.id), (current) => newerBulkJob(current, event.job));
      return;
  }
};
