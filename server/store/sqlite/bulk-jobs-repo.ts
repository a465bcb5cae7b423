import type { Database } from "better-sqlite3";
import { type BulkCloseJob, bulkCloseJobSchema, type BulkJobSummary, bulkJobSummarySchema } from "../../../contract/board.ts";
import type { BulkJobsRepo } from "../store.ts";

interface JobRow {
  id: string;
  reason: string;
  actor: string;
  created_at: number;
  run_started_at: number | null;
  finished_at: number | null;
}

// A bulk close is stored as a job with one item per session before any close is sent, and each item
// is settled as its close returns. A restart resumes the pending items; closing is idempotent, so a
// close that was in flight at the crash is simply sent again and counted once.

export function createBulkJobsRepo(db: Database): BulkJobsRepo {
  const insertJob = db.prepare(`INSERT INTO bulk_jobs (id, reason, actor, created_at, run_started_at) VALUES (@id, @reason, @actor, @at, @at)`);
  const insertItem = db.prepare(`INSERT OR IGNORE INTO bulk_job_items (job_id, sid, status) VALUES (?, ?, 'pending')`);
  const getJob = db.prepare<[string], JobRow>(`SELECT * FROM bulk_jobs WHERE id = ?`);
  // A done item the platform did not know is counted on its own: it was not closed.
  const counts = db.prepare<[string], { status: string; n: number }>(
    `SELECT CASE WHEN outcome = 'unknown_to_platform' THEN 'unknown' ELSE status END AS status, COUNT(*) AS n
     FROM bulk_job_items WHERE job_id = ? GROUP BY 1`,
  );
  const failures = db.prepare<[string], { sid: string; error_json: string }>(
    `SELECT sid, error_json FROM bulk_job_items WHERE job_id = ? AND status = 'failed' ORDER BY sid`,
  );
  const pending = db.prepare<[string], { sid: string }>(`SELECT sid FROM bulk_job_items WHERE job_id = ? AND status = 'pending'`);
  const settle = db.prepare(`UPDATE bulk_job_items SET status = ?, outcome = ?, error_json = ? WHERE job_id = ? AND sid = ?`);
  const rearm = db.prepare(`UPDATE bulk_job_items SET status = 'pending', error_json = NULL WHERE job_id = ? AND status = 'failed'`);
  const finish = db.prepare(`UPDATE bulk_jobs SET finished_at = ? WHERE id = ?`);
  const reopen = db.prepare(`UPDATE bulk_jobs SET finished_at = NULL, run_started_at = ? WHERE id = ?`);
  const unfinished = db.prepare<[], { id: string }>(`SELECT id FROM bulk_jobs WHERE finished_at IS NULL ORDER BY created_at`);

  const recent = db.prepare<[number], JobRow>(`SELECT * FROM bulk_jobs ORDER BY created_at DESC, id DESC LIMIT ?`);

  const summaryOf = (job: JobRow): BulkJobSummary => {
    const byStatus = Object.fromEntries(counts.all(job.id).map((r) => [r.status, r.n]));
    const done = byStatus.done ?? 0;
    const failed = byStatus.failed ?? 0;
    const unknown = byStatus.unknown ?? 0;
    return bulkJobSummarySchema.parse({
      id: job.id,
      reason: job.reason,
      actor: job.actor,
      status: job.finished_at === null ? "running" : "finished",
      total: done + unknown + failed + (byStatus.pending ?? 0),
      done,
      unknown_to_platform: unknown,
      failed,
      created_at: job.created_at,
      run_started_at: job.run_started_at ?? job.created_at,
      finished_at: job.finished_at ?? undefined,
    });
  };
  const view = (id: string): BulkCloseJob | undefined => {
    const job = getJob.get(id);
    if (!job) return undefined;
    return bulkCloseJobSchema.parse({
      ...summaryOf(job),
      failures: failures.all(id).map((r) => ({ sid: r.sid, error: JSON.parse(r.error_json) as unknown })),
    });
  };
  const mustView = (id: string) => {
    const job = view(id);
    if (!job) throw new Error(`bulk job ${id} is not stored`);
    return job;
  };

  const create = db.transaction((job: { id: string; reason: string; actor: string; at: number }, sids: string[]) => {
    insertJob.run(job);
    for (const sid of sids) insertItem.run(job.id, sid);
  });

  return {
    async create(job, sids) {
      create(job, sids);
      return mustView(job.id);
    },
    async get(id) {
      return view(id);
    },
    async summary(id) {
      const job = getJob.get(id);
      return job ? summaryOf(job) : undefined;
    },
    async recent(limit) {
      return recent.all(limit).map(summaryOf);
    },
    async pendingSids(id) {
      return pending.all(id).map((r) => r.sid);
    },
    async settle(id, sid, outcome) {
      if (outcome.ok) settle.run("done", outcome.outcome ?? "closed", null, id, sid);
      else settle.run("failed", null, JSON.stringify(outcome.error), id, sid);
    },
    async rearmFailed(id) {
      return rearm.run(id).changes;
    },
    async finish(id, at) {
      finish.run(at, id);
      return mustView(id);
    },
    async reopen(id, at) {
      reopen.run(at, id);
    },
    async unfinished() {
      return unfinished.all().map((r) => r.id);
    },
  };
}
