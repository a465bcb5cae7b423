import { queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { type BulkCloseJob, bulkCloseJobSchema } from "../../../../../contract/board.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { newerBulkJob } from "../lib/newer-bulk-job.ts";
import { queryKeys } from "../../../lib/query-keys.ts";
import { useEventStreamOpen } from "../../../lib/use-console-events.ts";

// GET /api/board/bulk-close/:id. Progress normally arrives as `bulk.progress` events; while the job
// runs and the event stream is down, this polls every 2 s instead (and every 10 s as a safety net
// when it is up). A poll's answer never moves the progress backwards (newerBulkJob).

export function getBulkCloseJob(id: string, signal?: AbortSignal): Promise<BulkCloseJob> {
  return apiRequest(`/api/board/bulk-close/${encodeURIComponent(id)}`, bulkCloseJobSchema, { signal });
}

export function bulkCloseJobQueryOptions(id: string, { eventsLive }: { eventsLive: boolean }) {
  const queryKey = queryKeys.board.job(id);
  return queryOptions({
    queryKey,
    queryFn: async ({ client, signal }) => newerBulkJob(client.getQueryData<BulkCloseJob>(queryKey), await getBulkCloseJob(id, signal)),
    refetchInterval: (query) => (query.state.data?.status === "running" ? (eventsLive ? 10_000 : 2_000) : false),
  });
}

export function useBulkCloseJob(id: string) {
  const queryClient = useQueryClient();
  const eventsLive = useEventStreamOpen();
  const job = useQuery(bulkCloseJobQueryOptions(id, { eventsLive }));
  const finished = job.data?.status === "finished";
  // Sessions closed by the job leave the lists; events usually said so already, this covers a gap.
  useEffect(() => {
    if (!finished) return;
    void queryClient.invalidateQueries({ queryKey: queryKeys.board.sessionLists() });
    void queryClient.invalidateQueries({ queryKey: queryKeys.sessions.lists() });
  }, [finished, queryClient]);
  return job;
}
