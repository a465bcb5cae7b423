import type { EventBus } from "../events/event-bus.ts";
import type { Store } from "../store/store.ts";

// A message is stored as pending before its TOP call and settled after it. If its instance dies in
// between, it would stay pending for good: nobody is sending it, and a retry would hear "being sent right
// now". No instance can be sending a message longer than its longest TOP call (every attempt timing out,
// retry waits included), so a message pending for longer than that, plus a margin for the writes around
// the call, was interrupted: it is marked failed (delivery unknown, Retry sends it once under its id) and
// every console is told. Each instance sweeps; the update is conditional, so a message is released once.
// With several instances a start-up must not release all pending messages at once: another instance may be
// sending them right now. It releases those its own earlier run was sending (each message records the
// sending instance's INSTANCE_NAME, the same across restarts) and those older than the lease. On SQLite
// there is one instance, so at its start everything pending was its own.

/** Writes around the call and a busy event loop: time a live instance may add to its longest call. */
export const PENDING_MARGIN_MS = 10_000;
/** How often each instance looks for them. */
export const INTERRUPTED_SWEEP_MS = 10_000;

interface Deps {
  store: Store;
  events: EventBus;
  now: () => number;
  /** This instance's INSTANCE_NAME, recorded on the messages it sends. */
  instance: string;
  leaseMs: number;
}

export function createInterruptedSends({ store, events, now, instance, leaseMs }: Deps) {
  /** Marks failed the messages `which` names, and tells the consoles; answers how many. */
  async function release(which: { startedBefore: number; instance?: string }): Promise<number> {
    const failed = await store.messages.failInterrupted(now(), which);
    for (const message of failed) {
      const session = await store.sessions.get(message.sid);
      events.publish({ type: "message.updated", agent: session?.agent, message });
    }
    if (failed.length > 0) await events.flush();
    return failed.length;
  }

  return {
    /** Who sends, and how long a message may stay pending before a retry re-sends it (no live instance is sending it then). */
    sender: { instance, leaseMs },
    /** At start-up: `alone` (SQLite) releases everything pending; otherwise this instance's earlier run's and the stale. */
    releaseAtStart: (alone: boolean) => release(alone ? { startedBefore: Number.POSITIVE_INFINITY } : { startedBefore: now() - leaseMs, instance }),
    /** Sweeps every `intervalMs`; answers stop. */
    start(intervalMs: number): () => void {
      const timer = setInterval(() => void release({ startedBefore: now() - leaseMs }).catch(() => undefined), intervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}

export type InterruptedSends = ReturnType<typeof createInterruptedSends>;
