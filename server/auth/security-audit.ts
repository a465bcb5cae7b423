import type { SecurityAction } from "../../contract/board.ts";
import type { Store } from "../store/store.ts";

// Security events in the audit trail, beside the TOP calls: who, from where, what, and the outcome.
// `detail` is a short reason chosen by our code (never a password or any request body).

export interface SecurityEvent {
  action: SecurityAction;
  actor: string;
  address?: string | undefined;
  outcome: "ok" | "refused";
  detail?: string | undefined;
}

export function createSecurityAudit(store: Store, now: () => number = Date.now) {
  return {
    record(event: SecurityEvent): Promise<void> {
      return store.audit.record({
        at: now(),
        method: event.action,
        actor: event.actor.slice(0, 128),
        outcome: event.outcome,
        address: event.address,
        detail: event.detail?.slice(0, 200),
        latency_ms: 0,
        attempts: 0,
      });
    },
  };
}

export type SecurityAudit = ReturnType<typeof createSecurityAudit>;
