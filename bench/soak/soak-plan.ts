import type { RetryPolicy } from "./retries.ts";
import type { WorkloadShape } from "./workload.ts";

// How big a soak is. `short` runs inside `npm test` on two shared cores: about half a minute alone,
// under 50 s with the machine busy, so its deadline leaves room; the full run is `npm run soak`. Either
// runs on one instance (SQLite) or on two (PostgreSQL), with the same load.

export interface SoakPlan extends WorkloadShape {
  name: "short" | "full";
  /** 1: one BFF on SQLite; 2: two BFFs on one PostgreSQL (see soak-deployment.ts). */
  instances: 1 | 2;
  sessions: number;
  /** When the BFF (instance A) is killed (SIGKILL) and started again, as a share of the operations. */
  crashAt: number;
  /** When flow-control ban windows open, as shares of the operations. */
  banWindowsAt: number[];
  retry: RetryPolicy;
  /** The whole run, start-up to report; past it the soak fails. */
  deadlineMs: number;
}

// Three tries, as an agent presses Retry twice: enough that most faults pass, few enough that some
// messages end as failed (a crash outlasts them), so the settle has failed messages to prove.
const retry: RetryPolicy = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 2_000 };

/**
 * The run's size on one or two instances. Two get twice the time: a PostgreSQL cluster and a second BFF
 * to start, and on this machine (2 shared cores, load ~12) the full load took 224 s on PostgreSQL against
 * 60 s on SQLite (2 Dec 2026); the short one took 50–70 s, as on SQLite.
 */
export function soakPlan(name: SoakPlan["name"], instances: SoakPlan["instances"]): SoakPlan {
  const plan = soakPlans[name];
  return { ...plan, instances, deadlineMs: plan.deadlineMs * instances };
}

const soakPlans: Record<SoakPlan["name"], Omit<SoakPlan, "instances">> = {
  short: {
    name: "short",
    sessions: 24,
    messagesPerSession: 12,
    closeEvery: 2,
    visitors: 12,
    messagesPerVisitor: 6,
    endEvery: 2,
    concurrency: 12,
    crashAt: 0.45,
    banWindowsAt: [0.7],
    retry,
    deadlineMs: 80_000,
  },
  full: {
    name: "full",
    sessions: 160,
    messagesPerSession: 20,
    closeEvery: 2,
    visitors: 80,
    messagesPerVisitor: 10,
    endEvery: 2,
    concurrency: 24,
    crashAt: 0.5,
    banWindowsAt: [0.25, 0.75],
    retry,
    deadlineMs: 300_000,
  },
};
