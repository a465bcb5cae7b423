import type { Selectable } from "kysely";
import { type BulkCloseJob, bulkCloseJobSchema, type BulkJobSummary, bulkJobSummarySchema } from "../../../contract/board.ts";
import type { BulkJobsRepo } from "../store.ts";
import type { Db, Engine } from "./database.ts";
import type { BulkJobsTable } from "./tables-operations.ts";

// A bulk close is stored as a job with one item per session before any close is sent, and each item
// is claimed by the instance closing it and settled as its close returns. A claim is a lease: when its
// instance dies, another takes the item over once the lease runs out. Closing is idempotent, so a close
// that was in flight at the crash is simply sent again and counted once.

type JobRow = Selectable<BulkJobsTable>;

/** Items per INSERT: far below either engine's limit on bound parameters (3 per item). */
const itemBatch = 500;

export function createBulkJobsRepo(db: Db, engine: Engine): BulkJobsRepo {
  const getJob = (id: string) => db.selectFrom("bulk_jobs").selectAll().where("id", "=", id).executeTakeFirst();

  const summaryOf = async (job: JobRow): Promise<BulkJobSummary> => {
    const rows = await db
      .selectFrom("bulk_job_items")
      .select((eb) => ["status", "outcome", eb.fn.countAll().as("n")])
      .where("job_id", "=", job.id)
      .groupBy(["status", "outcome"])
      .execute();
    const count = { pending: 0, done: 0, failed: 0, unknown: 0 };
    // A done item the platform did not know is counted on its own: it was not closed.
    for (const row of rows) count[row.outcome === "unknown_to_platform" ? "unknown" : row.status] += Number(row.n);
    return bulkJobSummarySchema.parse({
      id: job.id,
      reason: job.reason,
      actor: job.actor,
      status: job.finished_at === null ? "running" : "finished",
      total: count.done + count.unknown + count.failed + count.pending,
      done: count.done,
      unknown_to_platform: count.unknown,
      failed: count.failed,
      created_at: job.created_at,
      run_started_at: job.run_started_at ?? job.created_at,
      finished_at: job.finished_at ?? undefined,
    });
  };
  const view = async (id: string): Promise<BulkCloseJob | undefined> => {
    const job = await getJob(id);
    if (!job) return undefined;
    const failures = await db
      .selectFrom("bulk_job_items")
      .select(["sid", "error_json"])
      .where("job_id", "=", id)
      .where("status", "=", "failed")
      .orderBy("sid")
      .execute();
    return bulkCloseJobSchema.parse({
      ...(await summaryOf(job)),
      failures: failures.map((r) => ({ sid: r.sid, error: JSON.parse(r.error_json ?? "null") as unknown })),
    });
  };
  const mustView = async (id: string) => {
    const job = await view(id);
    if (!job) throw new Error(`bulk job ${id} is not stored`);
    return job;
  };

  return {
    async create(job, sids) {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto("bulk_jobs")
          .values({ id: job.id, reason: job.reason, actor: job.actor, created_at: job.at, run_started_at: job.at })
          .execute();
        for (let i = 0; i < sids.length; i += itemBatch) {
          const items = sids.slice(i, i + itemBatch).map((sid) => ({ job_id: job.id, sid, status: "pending" as const }));
          // A session listed twice is one item.
          await trx.insertInto("bulk_job_items").values(items).onConflict((oc) => oc.doNothing()).execute();
        }
      });
      return mustView(job.id);
    },
    async get(id) {
      return view(id);
    },
    async summary(id) {
      const job = await getJob(id);
      return job ? summaryOf(job) : undefined;
    },
    async recent(limit) {
      const jobs = await db.selectFrom("bulk_jobs").selectAll().orderBy("created_at", "desc").orderBy("id", "desc").limit(limit).execute();
      return Promise.all(jobs.map(summaryOf));
    },
    async claimNext(id, { by, now, until }) {
      let next = db
        .selectFrom("bulk_job_items")
        .select("sid")
        .where("job_id", "=", id)
        .where("status", "=", "pending")
        .where((eb) => eb.or([eb("claimed_until", "is", null), eb("claimed_until", "<", now)]))
        .orderBy("sid")
        .limit(1);
      // PostgreSQL: instances claiming at once skip each other's rows instead of claiming the same one
      // (or queueing on it). SQLite runs one write at a time, so the UPDATE alone is atomic there.
      if (engine === "postgres") next = next.forUpdate().skipLocked();
      const claimed = await db
        .updateTable("bulk_job_items")
        .set({ claimed_by: by, claimed_until: until })
        .where("job_id", "=", id)
        .where("sid", "=", next)
        .returning("sid")
        .executeTakeFirst();
      return claimed?.sid;
    },
    async renewClaim(id, sid, { by, until }) {
      await db
        .updateTable("bulk_job_items")
        .set({ claimed_until: until })
        .where("job_id", "=", id)
        .where("sid", "=", sid)
        .where("claimed_by", "=", by)
        .where("status", "=", "pending")
        .execute();
    },
    async settle(id, sid, outcome) {
      const set = outcome.ok
        ? { status: "done" as const, outcome: outcome.outcome ?? "closed", error_json: null, claimed_by: null, claimed_until: null }
        : { status: "failed" as const, outcome: null, error_json: JSON.stringify(outcome.error), claimed_by: null, claimed_until: null };
      await db.updateTable("bulk_job_items").set(set).where("job_id", "=", id).where("sid", "=", sid).execute();
    },
    async rearmFailed(id) {
      const result = await db
        .updateTable("bulk_job_items")
        .set({ status: "pending", error_json: null, claimed_by: null, claimed_until: null })
        .where("job_id", "=", id)
        .where("status", "=", "failed")
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async finishIfDone(id, at) {
      const result = await db
        .updateTable("bulk_jobs")
        .set({ finished_at: at })
        .where("id", "=", id)
        .where("finished_at", "is", null)
        .where((eb) => eb.not(eb.exists(eb.selectFrom("bulk_job_items").select("sid").where("job_id", "=", id).where("status", "=", "pending"))))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async reopen(id, at) {
      await db.updateTable("bulk_jobs").set({ finished_at: null, run_started_at: at }).where("id", "=", id).execute();
    },
    async orphaned(now) {
      const rows = await db
        .selectFrom("bulk_jobs as job")
        .select("job.id")
        .where("job.finished_at", "is", null)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb.selectFrom("bulk_job_items as item").select("item.sid").whereRef("item.job_id", "=", "job.id").where("item.status", "=", "pending").where("item.claimed_until", ">=", now),
            ),
          ),
        )
        .orderBy("job.created_at")
        .execute();
      return rows.map((r) => r.id);
    },
  };
}
