import type { AutoClosePolicy } from "../../contract/board.ts";
import type { CloseReason } from "../../contract/top-dtos.ts";
import type { Actor } from "../auth/actor.ts";
import { type RunExclusive, runHere } from "../coordination/exclusive-runs.ts";
import { createSecurityAudit } from "../auth/security-audit.ts";
import type { Store } from "../store/store.ts";
import type { CloseOutcome } from "./session-close.ts";

// The auto-close policy: off by default; when on, a timer closes sessions idle past the threshold,
// at most max_per_run each run, as the actor "auto-close" (so each close is in the audit trail under
// that name). The policy lives in the store, so a supervisor's change survives a restart.

export const AUTO_CLOSE_ACTOR = "auto-close";

type CloseOne = (sid: string, reason: CloseReason, actor: Actor) => Promise<CloseOutcome>;

export interface AutoCloseRun {
  /** Closed now, or found closed already (by someone else, here or on the platform). */
  closed: number;
  /** The platform no longer knows them: flagged for a person to mark closed, not retried each run. */
  unknownToPlatform: number;
  failed: number;
}

interface AutoCloseDeps {
  store: Store;
  closeSession: CloseOne;
  now: () => number;
  defaults: AutoClosePolicy;
  actor: Actor;
  /** Several instances on one database: only one of them runs a pass at a time (the others skip it). */
  exclusive?: RunExclusive;
}

const nothing = (): AutoCloseRun => ({ closed: 0, unknownToPlatform: 0, failed: 0 });

export function createAutoCloser(deps: AutoCloseDeps) {
  const { store, closeSession, now, defaults, actor, exclusive = runHere } = deps;
  let running = false;

  const policy = async (): Promise<AutoClosePolicy> => (await store.settings.autoClosePolicy()) ?? defaults;

  async function closeIdle(current: AutoClosePolicy): Promise<AutoCloseRun> {
    const sids = (await store.sessions.openSids({ idleBefore: now() - current.idle_minutes * 60_000, knownToPlatform: true })).slice(0, current.max_per_run);
    const run = nothing();
    for (const sid of sids) {
      try {
        const { outcome } = await closeSession(sid, current.reason, actor);
        if (outcome === "unknown_to_platform") run.unknownToPlatform++;
        else run.closed++;
      } catch {
        run.failed++;
      }
    }
    return run;
  }

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

    /** One pass; a pass still running (here or on another instance) when the timer fires again is not started twice. */
    async runOnce(): Promise<AutoCloseRun> {
      const current = await policy();
      if (!current.enabled || running) return nothing();
      running = true;
      try {
        const pass = await exclusive("auto-close", () => closeIdle(current));
        return pass.ran ? pass.value : nothing();
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
