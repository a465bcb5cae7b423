import { queryOptions, useQuery } from "@tanstack/react-query";
import { type RecentBulkJobs, recentBulkJobsSchema } from "../../../../../contract/board.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";
import { useEventStreamOpen } from "../../../lib/use-console-events.ts";

// GET /api/board/bulk-close: the recent bulk closes of every supervisor, newest first. Progress events
// keep it current in every open board (live-events.ts); while a job runs and the event stream is down
// it polls every 2 s instead, and every 10 s as a safety net when the stream is up.

export function getRecentBulkJobs(signal?: AbortSignal): Promise<RecentBulkJobs> {
  return apiRequest("/api/board/bulk-close", recentBulkJobsSchema, { signal });
}

export function recentBulkJobsQueryOptions({ eventsLive }: { eventsLive: boolean }) {
  return queryOptions({
    queryKey: queryKeys.board.recentJobs(),
    queryFn: ({ signal }) => getRecentBulkJobs(signal),
    refetchInterval: (query) => (query.state.data?.items.some((job) => job.status === "running") ? (eventsLive ? 10_000 : 2_000) : false),
  });
}

export function useRecentBulkJobs() {
  const eventsLive = useEventStreamOpen();
  return useQuery(recentBulkJobsQueryOptions({ eventsLive }));
}
