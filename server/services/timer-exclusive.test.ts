import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor.ts";
import type { ExclusiveName, RunExclusive } from "../coordination/exclusive-runs.ts";
import { createPresence } from "../events/presence.ts";
import { openSqlStore } from "../store/sql/sql-store.ts";
import type { Store } from "../store/store.ts";
import { newSession } from "../testing/store-fixtures.ts";
import { createAutoCloser } from "./auto-close.ts";
import { createHeartbeat } from "./heartbeat.ts";
import type { CloseOutcome } from "./session-close.ts";

// The timers ask the lock by their own name and close nothing in a run another instance holds; on
// their own (SQLite, no lock given) every run goes ahead as before.

const actor: Actor = { username: "auto-close", role: "supervisor", operatorId: "op", serviceId: "80003" };
const asked: ExclusiveName[] = [];
const heldElsewhere: RunExclusive = async (name) => {
  asked.push(name);
  return { ran: false };
};

let store: Store;
let closes: string[];
// Closes in our record only: the platform call is the session-close service's, tested elsewhere.
const closeSession = async (sid: string): Promise<CloseOutcome> => {
  closes.push(sid);
  const session = await store.sessions.markClosed(sid, { reason: "memberIsSilent", closedBy: "timer", at: 1 });
  if (!session) throw new Error(`no session ${sid}`);
  return { outcome: "closed", session };
};

beforeEach(async () => {
  store = await openSqlStore({ engine: "sqlite", dataDir: ":memory:" });
  closes = [];
  asked.length = 0;
  await store.sessions.insert({ ...newSession("s-idle", { at: 0 }), origin: "customer" });
});
afterEach(() => store.close());

describe("timers and the one-instance lock", () => {
  const policy = { enabled: true, idle_minutes: 1, reason: "memberIsSilent", max_per_run: 10 } as const;

  it("auto-close skips a pass another instance is running, and runs it when alone", async () => {
    const deps = { store, closeSession, now: () => 10 * 60_000, defaults: policy, actor };
    expect(await createAutoCloser({ ...deps, exclusive: heldElsewhere }).runOnce()).toEqual({ closed: 0, unknownToPlatform: 0, failed: 0 });
    expect(asked).toEqual(["auto-close"]);
    expect(closes).toEqual([]);
    expect(await createAutoCloser(deps).runOnce()).toEqual({ closed: 1, unknownToPlatform: 0, failed: 0 });
    expect(closes).toEqual(["s-idle"]);
  });

  it("the heartbeat skips a pass another instance is running, and runs it when alone", async () => {
    let clock = 0;
    const presence = createPresence(() => clock);
    const member = (await store.sessions.get("s-idle"))?.channel_uid ?? "";
    presence.visitorOpened(member)(); // seen live, then gone
    clock = 60_000;
    const deps = { store, presence, closeSession, actorFor: () => actor, now: () => clock };
    expect(await createHeartbeat({ ...deps, exclusive: heldElsewhere }).runOnce(1_000)).toEqual([]);
    expect(asked).toEqual(["heartbeat"]);
    expect(closes).toEqual([]);
    expect(await createHeartbeat(deps).runOnce(1_000)).toEqual(["s-idle"]);
  });
});
