import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import { type BulkCloseBody, type BulkCloseJob, bulkCloseJobSchema, type RecentBulkJobs } from "../../../../../contract/board.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { newerBulkJob, withRecentJob } from "../lib/newer-bulk-job.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// POST /api/board/bulk-close: 202 with the job; the closes run on the server in the background and
// report progress as `bulk.progress` events. Its answer seeds the job's cache entry, unless progress
// events of the job already arrived (they are newer).

export function startBulkClose(body: BulkCloseBody): Promise<BulkCloseJob> {
  return apiRequest("/api/board/bulk-close", bulkCloseJobSchema, { method: "POST", body });
}

/**
 * Caches the job the server answered. A small job's progress events can overtake this answer, even to
 * its end: they moved the list of recent jobs on but made no details (there were none to move), so
 * when the list already has the job the details are fetched again, rather than left at "0 closed"
 * until the next poll (10 s while events flow).
 */
export function cacheStartedJob(queryClient: QueryClient, job: BulkCloseJob): void {
  const key = queryKeys.board.job(job.id);
  const seen = queryClient.getQueryData<RecentBulkJobs>(queryKeys.board.recentJobs())?.items.find((item) => item.id === job.id);
  queryClient.setQueryData<BulkCloseJob>(key, (current) => newerBulkJob(current, job));
  queryClient.setQueryData<RecentBulkJobs>(queryKeys.board.recentJobs(), (list) => withRecentJob(list, job));
  if (seen && newerBulkJob(job, seen) !== job) void queryClient.invalidateQueries({ queryKey: key });
}

export function useStartBulkClose() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startBulkClose,
    onSuccess: (job) => cacheStartedJob(queryClient, job),
  });
}
