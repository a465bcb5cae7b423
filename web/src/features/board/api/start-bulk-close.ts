import { useMutation, useQueryClient } from "@tanstack/react-query";
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

export function useStartBulkClose() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startBulkClose,
    onSuccess: (job) => {
      queryClient.setQueryData<BulkCloseJob>(queryKeys.board.job(job.id), (current) => newerBulkJob(current, job));
      queryClient.setQueryData<RecentBulkJobs>(queryKeys.board.recentJobs(), (list) => withRecentJob(list, job));
    },
  });
}
