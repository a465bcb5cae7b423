import type { BulkCloseJob } from "../../../../../contract/board.ts";

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
