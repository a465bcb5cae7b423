// Background timers that must not run on two instances at once (two auto-close passes would both pick
// the same idle sessions and call the platform twice for each). The services ask through this
// interface and do not know the engine: with SQLite there is one instance, so every run goes ahead;
// with PostgreSQL an advisory lock decides (./postgres-exclusive-runs.ts).

/** One name per timer (and the demo seed at start-up); each has its own lock, so they do not hold each other up. */
export type ExclusiveName = "auto-close" | "heartbeat" | "demo-seed";

export type ExclusiveOutcome<T> = { ran: true; value: T } | { ran: false };

/** Runs `run` unless another instance is running the same name now; then skips it (ran: false). */
export type RunExclusive = <T>(name: ExclusiveName, run: () => Promise<T>) => Promise<ExclusiveOutcome<T>>;

export interface ExclusiveRuns {
  runExclusive: RunExclusive;
  close(): Promise<void>;
}

/** One instance (SQLite): nobody else can be running it. */
export const runHere: RunExclusive = async (_name, run) => ({ ran: true, value: await run() });
