import type { BulkJobSummary } from "../../../../../contract/board.ts";

// A bulk close in one sentence, the same in its details and in the list of recent jobs: "Closing… 3
// closed, 1 not closed so far", "Finished: all 53 sessions are closed". The words are board:progress.*.

export type JobSummaryKey = "running" | "runningWithUnknown" | "done" | "finishedWithFailures" | "finishedWithUnknown";

export function jobSummary(job: BulkJobSummary): { key: JobSummaryKey; values: { done: number; unknown: number; failed: number } } {
  const values = { done: job.done, unknown: job.unknown_to_platform, failed: job.failed };
  const unknown = job.unknown_to_platform > 0;
  if (job.status === "running") return { key: unknown ? "runningWithUnknown" : "running", values };
  if (unknown) return { key: "finishedWithUnknown", values };
  return { key: job.failed === 0 ? "done" : "finishedWithFailures", values };
}

/** Sessions the job has settled so far, whatever the outcome. */
export function processedCount(job: BulkJobSummary): number {
  return job.done + job.unknown_to_platform + job.failed;
}

/** Finished with nothing left to do: every session closed. */
export function isCleanFinish(job: BulkJobSummary): boolean {
  return job.status === "finished" && job.failed === 0 && job.unknown_to_platform === 0;
}
