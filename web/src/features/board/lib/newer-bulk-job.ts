import { type BulkCloseJob, type BulkJobSummary, RECENT_BULK_JOBS, type RecentBulkJobs } from "../../../../../contract/board.ts";
import { processedCount } from "./job-summary.ts";

// Snapshots of one bulk close reach a board from several places (progress events to every supervisor,
// polls, the start and retry answers) and can cross on the way. These decide which one is current.

/**
 * Of two snapshots of one job, the later one: a later run (a retry) wins; within a run a finished
 * snapshot wins over a running one, and the processed count only grows.
 */
export function newerBulkJob<T extends BulkJobSummary>(current: T | undefined, incoming: T): T {
  if (!current) return incoming;
  if (incoming.run_started_at !== current.run_started_at) return incoming.run_started_at > current.run_started_at ? incoming : current;
  if (incoming.status === "finished") return incoming;
  if (current.status === "finished") return current;
  return processedCount(incoming) >= processedCount(current) ? incoming : current;
}

/**
 * A job's details moved on by a progress event (counts only). The failures stay as last fetched until
 * the job is fetched again (at the end of the run, or by the running job's poll); none are left once
 * nothing has failed in this run.
 */
export function withProgress(detail: BulkCloseJob | undefined, progress: BulkJobSummary): BulkCloseJob | undefined {
  if (!detail) return undefined;
  if (newerBulkJob<BulkJobSummary>(detail, progress) !== progress) return detail;
  return { ...progress, failures: progress.failed === 0 ? [] : detail.failures };
}

/** The list of recent jobs with this snapshot in it: updated in place, or a new job at the top. */
export function withRecentJob(list: RecentBulkJobs | undefined, progress: BulkJobSummary): RecentBulkJobs | undefined {
  if (!list) return undefined;
  const known = list.items.some((job) => job.id === progress.id);
  const items = known
    ? list.items.map((job) => (job.id === progress.id ? newerBulkJob(job, progress) : job))
    : [progress, ...list.items].sort((a, b) => b.created_at - a.created_at).slice(0, RECENT_BULK_JOBS);
  return { items };
}
