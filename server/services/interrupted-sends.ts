import type { EventBus } from "../events/event-bus.ts";
import type { Store } from "../store/store.ts";

// A message is stored as pending before its TOP call and settled after it. If its instance dies in
// between, it would stay pending for good: nobody is sending it, and a retry would hear "being sent right
// now". No instance can be sending a message longer than its longest TOP call (every attempt timing out,
// retry waits included), so a message pending for longer than that, plus a margin for the writes around
// the call, was interrupted: it is marked failed (delivery unknown, Retry sends it once under its id) and
// every console is told. Each instance sweeps; the update is conditional, so a message is released once.
// With several instances a start-up must not release all pending messages at once: another instance may be
// sending them right now. On SQLite there is one instance, so at its start everything pending was its own.

/** Writes around the call and a busy event loop: time a live instance may add to its longest call. */
export const PENDING_MARGIN_MS = 10_000;
/** How often each instance looks for them. */
export const INTERRUPTED_SWEEP_MS = 10_000;

export function createInterruptedSends({ store, events, now, leaseMs }: { store: Store; events: EventBus; now: () => number; leaseMs: number }) {
  /** Marks failed the messages pending since before `startedBefore`, and tells the consoles; answers how many. */
  async function release(startedBefore: number): Promise<number> {
    const failed = await store.messages.failInterrupted(now(), startedBefore);
    for (const message of failed) {
      const session = await store.sessions.get(message.sid);
      events.publish({ type: "message.updated", agent: session?.agent, message });
    }
    if (failed.length > 0) await events.flush();
    return failed.length;
  }

  return {
    /** How long a message may stay pending before a retry re-sends it: no live instance is sending it then. */
    leaseMs,
    /** At start-up: `alone` (SQLite) releases everything pending; otherwise only what no live instance can be sending. */
    releaseAtStart: (alone: boolean) => release(alone ? Number.POSITIVE_INFINITY : now() - leaseMs),
    releaseStale: () => release(now() - leaseMs),
    /** Sweeps every `intervalMs`; answers stop. */
    start(intervalMs: number): () => void {
      const timer = setInterval(() => void release(now() - leaseMs).catch(() => undefined), intervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}

export type InterruptedSends = ReturnType<typeof createInterruptedSends>;
