import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "../auth/actor.ts";
import { loadConfig } from "../config.ts";
import { createHeartbeat } from "../services/heartbeat.ts";
import { createInboxOperations } from "../services/inbox-operations.ts";
import type { CloseOutcome } from "../services/session-close.ts";
import { openSqlStore } from "../store/sql/sql-store.ts";
import type { Store } from "../store/store.ts";
import { type PostgresServer, startPostgres } from "../testing/postgres-server.ts";
import { newSession } from "../testing/store-fixtures.ts";
import { createLocalEventBus } from "./event-bus.ts";
import { createPostgresPresence, type PostgresPresence } from "./postgres-presence.ts";

// Two presence instances on one throwaway PostgreSQL stand for two BFFs. One clock drives both, and their
// timers are set too slow to fire: each refresh is the test's call, so expiry is exact, not timed.

const TTL_MS = 15_000;
const actor: Actor = { username: "system:heartbeat", role: "supervisor", operatorId: "op", serviceId: "80003" };
const unreachable = () => Promise.reject(new Error("not called in these tests"));

describe("presence shared on PostgreSQL", () => {
  let server: PostgresServer;
  let url: string;
  let store: Store;
  let clock = 1_000_000;
  const made: PostgresPresence[] = [];
  const instance = (at = url, warnings: Array<{ detail: object; message: string }> = []) => {
    const presence = createPostgresPresence(at, { warn: (detail, message) => warnings.push({ detail, message }) }, { now: () => clock, refreshMs: 3_600_000, ttlMs: TTL_MS });
    made.push(presence);
    return presence;
  };
  const routeFrom = (presence: PostgresPresence) => {
    const deps = { store, now: () => clock, events: createLocalEventBus(), callTop: unreachable, defaults: loadConfig({}).defaults };
    return createInboxOperations(deps, unreachable, unreachable, presence).routeTarget();
  };
  const closes: string[] = [];
  const heartbeatOn = (presence: PostgresPresence) =>
    createHeartbeat({
      store,
      presence,
      now: () => clock,
      actorFor: () => actor,
      closeSession: async (sid): Promise<CloseOutcome> => {
        closes.push(sid);
        const session = await store.sessions.markClosed(sid, { reason: "heartBeatBreak", closedBy: "heartbeat", at: clock });
        if (!session) throw new Error(`no session ${sid}`);
        return { outcome: "closed", session };
      },
    });

  beforeAll(async () => {
    server = await startPostgres();
    url = await server.createDatabase("presence");
    store = await openSqlStore({ engine: "postgres", url });
  }, 60_000);
  afterAll(async () => {
    await Promise.all(made.map((p) => p.close({ release: false }).catch(() => undefined)));
    await store?.close();
    await server?.stop();
  });

  it("routes from B to an agent whose console is open on A, as soon as it opens, and not once it closes", async () => {
    const a = instance();
    const b = instance();
    a.consoleOpened({ username: "zhou.min", role: "supervisor" });
    const leave = a.consoleOpened({ username: "li.na", role: "agent" });
    await vi.waitFor(async () => expect(await routeFrom(b)).toBe("li.na"));
    expect(await b.onlineAgents()).toEqual(["li.na"]);
    leave();
    await vi.waitFor(async () => expect(await routeFrom(b)).toBeUndefined());
    await a.close();
    await b.close();
  });

  it("counts a visitor's pages on both instances together, and shows A's open page as live to B's heartbeat", async () => {
    const a = instance();
    const b = instance();
    await store.sessions.insert({ ...newSession("s-live-on-a", { uid: "m-live", at: clock }), origin: "customer" });
    a.visitorOpened("m-live");
    a.visitorOpened("m-live");
    const leaveB = b.visitorOpened("m-live");
    await a.refresh();
    expect(await b.visitorStreams("m-live")).toBe(3);
    leaveB(); // B alone would judge this visitor gone since now
    clock += 10 * 60_000; // long past the window, but A keeps refreshing: its pages are still open
    await a.refresh();
    expect(await heartbeatOn(b).runOnce(60_000)).toEqual([]);
    expect((await store.sessions.get("s-live-on-a"))?.status).toBe("open");
    await store.sessions.markClosed("s-live-on-a", { reason: "heartBeatBreak", closedBy: "test", at: clock }); // not the next test's
    await a.close();
    await b.close();
  });

  it("stops counting a killed instance after the TTL, and lets B's heartbeat close its visitor from A's last refresh", async () => {
    const a = instance();
    const b = instance();
    await store.sessions.insert({ ...newSession("s-orphan", { uid: "m-orphan", at: clock }), origin: "customer" });
    a.consoleOpened({ username: "wang.li", role: "agent" });
    a.visitorOpened("m-orphan");
    await a.refresh();
    const lastRefresh = clock;
    await a.close({ release: false }); // SIGKILL: no more refreshes, nothing released
    clock += TTL_MS - 1;
    expect(await b.onlineAgents()).toEqual(["wang.li"]);
    expect(await b.visitorsLastLive(["m-orphan"])).toEqual(new Map([["m-orphan", "live"]]));
    clock += 1;
    expect(await b.onlineAgents()).toEqual([]);
    expect(await b.visitorStreams("m-orphan")).toBe(0);
    expect(await b.visitorsLastLive(["m-orphan", "m-never-seen"])).toEqual(new Map([["m-orphan", lastRefresh]]));
    expect(await heartbeatOn(b).runOnce(TTL_MS + 1)).toEqual([]); // gone, but not for long enough
    clock = lastRefresh + 60_000;
    expect(await heartbeatOn(b).runOnce(60_000)).toEqual(["s-orphan"]);
    await b.close();
  });

  it("on a graceful stop releases A's rows at once: its agents are offline and its visitors last live at the stop", async () => {
    const a = instance();
    const b = instance();
    a.consoleOpened({ username: "chen.jie", role: "agent" });
    a.visitorOpened("m-stop");
    await a.refresh();
    clock += 1_000;
    const stoppedAt = clock;
    await a.close();
    expect(await b.onlineAgents()).toEqual([]);
    expect(await b.visitorsLastLive(["m-stop"])).toEqual(new Map([["m-stop", stoppedAt]]));
    await b.close();
  });

  it("while its writes fail, answers from its own streams, warns once, and writes what it missed at the first refresh that gets through", async () => {
    const warnings: Array<{ detail: object; message: string }> = [];
    const a = instance(url, warnings);
    const b = instance();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query("ALTER TABLE presence RENAME TO presence_away"); // every statement of A fails
      a.consoleOpened({ username: "he.tao", role: "agent" });
      await a.refresh();
      expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/cannot reach PostgreSQL/)]);
      expect(await a.onlineAgents()).toEqual(["he.tao"]);
      await expect(a.visitorsLastLive(["m-any"])).rejects.toThrow(/not answering/);
      await admin.query("ALTER TABLE presence_away RENAME TO presence");
      expect(await b.onlineAgents()).toEqual([]);
      await a.refresh();
      expect(await b.onlineAgents()).toEqual(["he.tao"]);
      expect(warnings).toHaveLength(1);
    } finally {
      await admin.end();
    }
    await a.close();
    await b.close();
  });

  it("with the database stopped, routes and caps on its own streams, cannot tell the heartbeat who is live, and the warning comes once without the password", async () => {
    const withPassword = new URL(url);
    withPassword.password = "s3cret-pw"; // the test cluster trusts loopback, so any password connects
    const warnings: Array<{ detail: object; message: string }> = [];
    const b = instance(withPassword.toString(), warnings);
    b.consoleOpened({ username: "sun.yu", role: "agent" });
    b.visitorOpened("m-outage")();
    await b.refresh();
    expect(warnings).toEqual([]);
    await server.stop();
    clock += 60 * 60_000;
    expect(await b.onlineAgents()).toEqual(["sun.yu"]);
    expect(await b.visitorStreams("m-outage")).toBe(0);
    await expect(b.visitorsLastLive(["m-outage"])).rejects.toThrow(/not answering|connect|terminat/i);
    await b.refresh();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(/cannot reach PostgreSQL/);
    expect(JSON.stringify(warnings)).not.toContain("s3cret-pw");
  });
});
