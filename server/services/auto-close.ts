import type { AutoClosePolicy } from "../../contract/board.ts";
import type { CloseReason } from "../../contract/top-dtos.ts";
import type { Actor } from "../auth/actor.ts";
import { createSecurityAudit } from "../auth/security-audit.ts";
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
    /** A change is a security event: who turned automatic closing on, off or harsher, and from where. */
    async setPolicy(next: AutoClosePolicy, by?: { actor: Actor; address?: string | undefined }): Promise<AutoClosePolicy> {
      await store.settings.setAutoClosePolicy(next);
      if (by) {
        const detail = `enabled=${next.enabled} idle_minutes=${next.idle_minutes} reason=${next.reason} max_per_run=${next.max_per_run}`;
        await createSecurityAudit(store, now).record({ action: "policy.auto_close", actor: by.actor.username, address: by.address, outcome: "ok", detail });
      }
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
