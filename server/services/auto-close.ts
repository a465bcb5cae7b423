import type { AutoClosePolicy } from "../../contract/board.ts";
import type { CloseReason } from "../../contract/top-dtos.ts";
import type { Actor } from "../auth/actor.ts";
import { HttpError } from "../http/http-error.ts";
import type { Store } from "../store/store.ts";

// The auto-close policy: off by default; when on, a timer closes sessions idle past the threshold,
// at most max_per_run each run, as the actor "auto-close" (so each close is in the audit trail under
// that name). The policy lives in the store, so a supervisor's change survives a restart.

export const AUTO_CLOSE_ACTOR = "auto-close";

type CloseOne = (sid: string, reason: CloseReason, actor: Actor) => Promise<unknown>;

export interface AutoCloseRun {
  closed: number;
  failed: number;
}

export function createAutoCloser(deps: { store: Store; closeSession: CloseOne; now: () => number; defaults: AutoClosePolicy; actor: Actor }) {
  const { store, closeSession, now, defaults, actor } = deps;
  let running = false;

  const policy = async (): Promise<AutoClosePolicy> => (await store.settings.autoClosePolicy()) ?? defaults;

  return {
    policy,
    async setPolicy(next: AutoClosePolicy): Promise<AutoClosePolicy> {
      await store.settings.setAutoClosePolicy(next);
      return next;
    },

    /** One pass; a pass still running when the timer fires again is not started twice. */
    async runOnce(): Promise<AutoCloseRun> {
      const current = await policy();
      if (!current.enabled || running) return { closed: 0, failed: 0 };
      running = true;
      try {
        const sids = (await store.sessions.openSids({ idleBefore: now() - current.idle_minutes * 60_000 })).slice(0, current.max_per_run);
        let closed = 0;
        let failed = 0;
        for (const sid of sids) {
          try {
            await closeSession(sid, current.reason, actor);
            closed++;
          } catch (error) {
            if (error instanceof HttpError && error.code === "session_closed") closed++;
            else failed++;
          }
        }
        return { closed, failed };
      } finally {
        running = false;
      }
    },

    start(intervalMs: number): () => void {
      const timer = setInterval(() => void this.runOnce(), intervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}

export type AutoCloser = ReturnType<typeof createAutoCloser>;
