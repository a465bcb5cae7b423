import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type BulkCloseJob, bulkCloseJobSchema, type RecentBulkJobs } from "../../../../../contract/board.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { newerBulkJob, withRecentJob } from "../lib/newer-bulk-job.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// POST /api/board/bulk-close/:id/retry: closes only the failed sessions again, with the job's reason.
// The job shows as running again at once, as the server makes it (the failed ones pending, no failures
// left), so the new run's progress events apply from the first one, even those that arrive before
// this request's own answer. If the retry is refused, the job shows as it was.

export function retryBulkClose(id: string): Promise<BulkCloseJob> {
  return apiRequest(`/api/board/bulk-close/${encodeURIComponent(id)}/retry`, bulkCloseJobSchema, { method: "POST" });
}

export function rerunning(job: BulkCloseJob): BulkCloseJob {
  return { ...job, status: "running", failed: 0, failures: [], finished_at: undefined };
}

export function useRetryBulkClose() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryBulkClose,
    onMutate: async (id) => {
      const key = queryKeys.board.job(id);
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<BulkCloseJob>(key);
      if (previous) queryClient.setQueryData(key, rerunning(previous));
      return { previous };
    },
    onSuccess: (job) => {
      queryClient.setQueryData<BulkCloseJob>(queryKeys.board.job(job.id), (current) => newerBulkJob(current, job));
      queryClient.setQueryData<RecentBulkJobs>(queryKeys.board.recentJobs(), (list) => withRecentJob(list, job));
    },
    onError: (_error, id, context) => {
      if (context?.previous) queryClient.setQueryData(queryKeys.board.job(id), context.previous);
    },
  });
}
