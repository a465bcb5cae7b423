import type { Actor } from "../auth/actor.ts";
import { type RunExclusive, runHere } from "../coordination/exclusive-runs.ts";
import type { Presence } from "../events/presence.ts";
import type { Store } from "../store/store.ts";
import type { CloseOutcome } from "./session-close.ts";

// A customer's page keeps a live stream open (GET /api/visitor/events). When a visitor has had no live
// page for `heartbeatMs`, their open conversation is closed with heartBeatBreak (operator_type 1: it is
// the customer's side ending), through the same audited close as any other, so agents see it live.
// Only visitors some instance has seen live are judged (presence: this process's pages, and on
// PostgreSQL every instance's): after a restart of every instance nobody has been, and their silence is
// left to the auto-close policy (memberIsSilent).

export const HEARTBEAT_ACTOR = "system:heartbeat";

interface HeartbeatDeps {
  store: Store;
  presence: Presence;
  closeSession: (sid: string, body: { reason: "heartBeatBreak"; operator_type: "1" }, actor: Actor) => Promise<CloseOutcome>;
  /** The close's operator: the customer's side (operator_type 1), so the member is the operator. */
  actorFor: (memberId: string) => Actor;
  now: () => number;
  /** Several instances on one database: only one of them runs a pass at a time (the others skip it). */
  exclusive?: RunExclusive;
}

export function createHeartbeat({ store, presence, closeSession, actorFor, now, exclusive = runHere }: HeartbeatDeps) {
  /** One pass: answers the sids it closed (none when another instance is running its pass). */
  async function runOnce(heartbeatMs: number): Promise<string[]> {
    if (heartbeatMs <= 0) return [];
    const pass = await exclusive("heartbeat", () => closeSilent(heartbeatMs));
    return pass.ran ? pass.value : [];
  }

  async function closeSilent(heartbeatMs: number): Promise<string[]> {
    const candidates: Array<{ sid: string; memberId: string }> = [];
    for (const sid of await store.sessions.openSids({ channel: "0" })) {
      const session = await store.sessions.get(sid);
      if (session?.origin === "customer" && session.status === "open") candidates.push({ sid, memberId: session.channel_uid });
    }
    if (candidates.length === 0) return [];
    // Who is live on the other instances is unknown while the shared store does not answer: close nobody.
    const lastLive = await presence.visitorsLastLive(candidates.map((c) => c.memberId)).catch(() => undefined);
    if (!lastLive) return [];
    const closed: string[] = [];
    for (const { sid, memberId } of candidates) {
      const last = lastLive.get(memberId);
      if (typeof last !== "number" || now() - last < heartbeatMs) continue;
      const outcome = await closeSession(sid, { reason: "heartBeatBreak", operator_type: "1" }, actorFor(memberId)).catch(() => undefined);
      if (outcome?.outcome === "closed" || outcome?.outcome === "already_closed") closed.push(sid);
    }
    return closed;
  }

  return {
    runOnce,
    /** Checks every quarter of the window (at least each second, at most each 30 s); answers stop. */
    start(heartbeatMs: number): () => void {
      if (heartbeatMs <= 0) return () => undefined;
      let running = false;
      const timer = setInterval(() => {
        if (running) return;
        running = true;
        void runOnce(heartbeatMs).finally(() => (running = false));
      }, Math.min(30_000, Math.max(1_000, heartbeatMs / 4)));
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}
