import type { BulkCloseJob, RecentBulkJobs } from "../../../../contract/board.ts";
import type { ConsoleEventHandler } from "../../lib/console-events.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { withProgress, withRecentJob } from "./lib/newer-bulk-job.ts";

// The board's share of live events: a session opening, closing or changing moves it in (or out of)
// the idle lists, whose order and counts depend on it. A bulk close's progress (every supervisor gets
// it, whichever tab started the job) moves the list of recent jobs and, if one is open, that job's
// details, never back to an older snapshot; at the end of a run the details are fetched again for
// their failures. Kept apart from the screen so the board's code stays lazy.

export const boardLiveEvents: ConsoleEventHandler = (event, queryClient) => {
  switch (event.type) {
    case "session.opened":
    case "session.closed":
    case "session.updated":
      void queryClient.invalidateQueries({ queryKey: queryKeys.board.sessionLists() });
      return;
    case "bulk.progress": {
      const { job } = event;
      queryClient.setQueryData<RecentBulkJobs>(queryKeys.board.recentJobs(), (list) => withRecentJob(list, job));
      const key = queryKeys.board.job(job.id);
      const before = queryClient.getQueryData<BulkCloseJob>(key);
      const after = withProgress(before, job);
      // Only a change is written: setting data clears a pending refetch of the failures.
      if (!after || after === before) return;
      queryClient.setQueryData<BulkCloseJob>(key, after);
      if (job.status === "finished") void queryClient.invalidateQueries({ queryKey: key });
      return;
    }
  }
};
