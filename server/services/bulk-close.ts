import { randomUUID } from "node:crypto";
import { type BulkCloseBody, type BulkCloseJob, RECENT_BULK_JOBS, type RecentBulkJobs } from "../../contract/board.ts";
import type { CloseReason } from "../../contract/top-dtos.ts";
import type { EventBus } from "../events/event-bus.ts";
import type { Actor } from "../auth/actor.ts";
import type { Store } from "../store/store.ts";
import { boardFilterToStore } from "./board-filter.ts";
import { DomainError, toDomainError } from "./domain-error.ts";
import type { CloseOutcome } from "./session-close.ts";

// Bulk close: the job and its items are stored first, then the closes run in the background with
// bounded concurrency, each item settled as its answer arrives and progress published after each.
// "Already closed" (by us or on the platform) counts as done, so resuming after a restart or
// retrying the failed ones can never double-close or lose a session. A session the platform no longer
// knows is neither: it is counted on its own ("n closed, m not known to the platform, k failed") and
// not retried, since asking again cannot change the answer; someone marks it closed in the console.
//
// Several instances on one database: a worker claims each item before closing it, under a lease it
// renews while the close is in flight (the store's claimNext). If its instance dies, the lease runs out
// and the sweep of any instance finds the job orphaned and carries on with the items left.

export const BULK_CONCURRENCY = 4;
/** How long a claim holds without renewal: a dead instance's items wait this long before another takes them. */
export const CLAIM_LEASE_MS = 15_000;
/** How often each instance looks for orphaned jobs: with the lease, a job stalls at most ~20 s after its instance dies. */
export const ORPHAN_SWEEP_MS = 5_000;

type CloseOne = (sid: string, reason: CloseReason, actor: Actor) => Promise<CloseOutcome>;

export function createBulkCloser(deps: {
  store: Store;
  events: EventBus;
  closeSession: CloseOne;
  now: () => number;
  /** The actor a job runs as, from the username stored with it (so a resumed job acts as its starter). */
  actorNamed: (username: string) => Promise<Actor>;
  /** The most sessions one job may close, by ids or by filter alike (BULK_CLOSE_MAX). */
  maxItems: number;
  claimLeaseMs?: number;
}) {
  const { store, events, closeSession, now, actorNamed, maxItems, claimLeaseMs = CLAIM_LEASE_MS } = deps;
  /** This process's name on its claims (a restarted process is a new claimant). */
  const instance = randomUUID();
  const running = new Map<string, Promise<void>>();

  async function closeAndSettle(job: BulkCloseJob, actor: Actor, sid: string) {
    // Renewed at a third of the lease, so one late tick does not let another instance take the item.
    const renew = setInterval(() => {
      store.bulkJobs.renewClaim(job.id, sid, { by: instance, until: now() + claimLeaseMs }).catch(() => undefined);
    }, claimLeaseMs / 3);
    try {
      const { outcome } = await closeSession(sid, job.reason, actor);
      await store.bulkJobs.settle(job.id, sid, { ok: true, outcome });
    } catch (error) {
      await store.bulkJobs.settle(job.id, sid, { ok: false, error: toDomainError(error, "The close failed.").toBody() });
    } finally {
      clearInterval(renew);
    }
    await publish(job.id);
  }

  // Counts only, to every supervisor's streams (events-routes decides who sees what).
  async function publish(id: string) {
    const progress = await store.bulkJobs.summary(id);
    if (progress) events.publish({ type: "bulk.progress", job: progress });
  }

  /** Works on the job until nothing is left to claim; the instance that settles the last item finishes it. */
  async function run(id: string): Promise<void> {
    const job = await store.bulkJobs.get(id);
    if (!job) throw new DomainError("not_found", `No bulk close ${id}.`);
    const actor = await actorNamed(job.actor);
    const claim = () => store.bulkJobs.claimNext(id, { by: instance, now: now(), until: now() + claimLeaseMs });
    const worker = async () => {
      for (let sid = await claim(); sid !== undefined; sid = await claim()) await closeAndSettle(job, actor, sid);
    };
    await Promise.all(Array.from({ length: BULK_CONCURRENCY }, worker));
    if (await store.bulkJobs.finishIfDone(id, now())) await publish(id);
  }

  function launch(id: string): Promise<void> {
    const existing = running.get(id);
    if (existing) return existing;
    const promise = run(id).finally(() => running.delete(id));
    running.set(id, promise);
    return promise;
  }

  return {
    /** Resolves the sessions (the filter on the server, over all matching rows) and starts the job. */
    async start(body: BulkCloseBody, actor: Actor): Promise<BulkCloseJob> {
      const sids = body.sids ?? (await store.sessions.openSids(boardFilterToStore(body.filter ?? {}, now())));
      if (sids.length === 0) throw new DomainError("conflict", "No open session matches.");
      if (sids.length > maxItems) {
        const path = body.sids ? "sids" : "filter";
        throw new DomainError("invalid_input", `At most ${maxItems} sessions can be closed at once; this would close ${sids.length}. Narrow the filter.`, {
          fields: [{ path, code: "too_big", message: `at most ${maxItems} sessions at once (${sids.length} given)` }],
        });
      }
      const job = await store.bulkJobs.create({ id: randomUUID(), reason: body.reason, actor: actor.username, at: now() }, [...new Set(sids)]);
      // Announced before its first item settles, so every supervisor's board lists it at once.
      await publish(job.id);
      void launch(job.id).catch(() => undefined);
      return job;
    },

    /** The most recent jobs of every supervisor, newest first (the board lists them in every tab). */
    async recent(): Promise<RecentBulkJobs> {
      return { items: await store.bulkJobs.recent(RECENT_BULK_JOBS) };
    },

    async get(id: string): Promise<BulkCloseJob> {
      const job = await store.bulkJobs.get(id);
      if (!job) throw new DomainError("not_found", `No bulk close ${id}.`);
      return job;
    },

    /** Runs the failed items again, with the job's reason. */
    async retryFailed(id: string): Promise<BulkCloseJob> {
      const job = await this.get(id);
      if (job.status === "running") throw new DomainError("conflict", "This bulk close is still running.");
      if (job.failed === 0) return job;
      await store.bulkJobs.rearmFailed(id);
      await store.bulkJobs.reopen(id, now());
      // Running again for every board showing it, whoever pressed Retry.
      await publish(id);
      void launch(id).catch(() => undefined);
      return this.get(id);
    },

    /** Picks up the jobs nobody is working on: left by a restart, or by another instance that died. */
    async resumeOrphaned(): Promise<number> {
      const ids = (await store.bulkJobs.orphaned(now())).filter((id) => !running.has(id));
      for (const id of ids) void launch(id).catch(() => undefined);
      return ids.length;
    },

    /** Looks for orphaned jobs every `intervalMs` (on every instance: claims keep them from doubling up); answers stop. */
    startSweeping(intervalMs: number): () => void {
      const timer = setInterval(() => void this.resumeOrphaned().catch(() => undefined), intervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },

    /** For tests and shutdown: resolves when every running job has finished. */
    async idle(): Promise<void> {
      await Promise.allSettled([...running.values()]);
    },
  };
}

export type BulkCloser = ReturnType<typeof createBulkCloser>;
