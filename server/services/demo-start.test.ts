import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoUsers } from "../auth/demo-users.ts";
import { loadConfig } from "../config.ts";
import { createPostgresExclusiveRuns } from "../coordination/postgres-exclusive-runs.ts";
import { type RunningSandbox, startSandbox } from "../sandbox/sandbox.ts";
import { openSqlStore } from "../store/sql/sql-store.ts";
import type { Store } from "../store/store.ts";
import { type PostgresServer, startPostgres } from "../testing/postgres-server.ts";
import { TEST_APP_KEY, TEST_SECRET } from "../testing/test-console.ts";
import { TopClient } from "../top/client.ts";
import { seedDemoData } from "./demo-start.ts";

// Two instances starting together in sandbox mode on one empty PostgreSQL database: each has its own
// store pool and its own lock connection, as two BFF processes would, and they seed at the same moment.

describe("demo seed of two instances starting together on PostgreSQL", () => {
  let server: PostgresServer;
  let sandbox: RunningSandbox;
  const stores: Store[] = [];
  const locks: Array<{ close(): Promise<void> }> = [];

  beforeAll(async () => {
    server = await startPostgres();
    sandbox = await startSandbox({ appKey: TEST_APP_KEY, appSecret: TEST_SECRET });
  }, 60_000);
  afterAll(async () => {
    await Promise.all(locks.map((l) => l.close()));
    await Promise.all(stores.map((s) => s.close()));
    await sandbox?.close();
    await server?.stop();
  });

  it("seeds the accounts, conversations and quick replies once", async () => {
    const config = loadConfig({});
    expect(config.mode).toBe("sandbox");
    const url = await server.createDatabase("demo_seed");
    const start = async () => {
      const store = await openSqlStore({ engine: "postgres", url });
      const exclusive = createPostgresExclusiveRuns(url, { warn: () => undefined });
      stores.push(store);
      locks.push(exclusive);
      const top = new TopClient({ gatewayUrl: sandbox.url, appKey: TEST_APP_KEY, appSecret: TEST_SECRET, signMethod: "hmac-sha256", timeoutMs: 2_000, maxAttempts: 3, retryBaseMs: 5 });
      return { store, seed: () => seedDemoData({ top, store, config, exclusive: exclusive.runExclusive }) };
    };
    const [a, b] = await Promise.all([start(), start()]);
    const [fromA, fromB] = await Promise.all([a.seed(), b.seed()]);

    // Whether the second skipped (lock held) or found the store seeded (lock free again), it added nothing.
    const both = { accounts: [...fromA.accounts, ...fromB.accounts], conversations: fromA.conversations + fromB.conversations, quickReplies: fromA.quickReplies + fromB.quickReplies };
    expect(both.accounts.map((u) => u.username).sort()).toEqual(demoUsers.map((u) => u.username).sort());
    expect(await a.store.users.count()).toBe(demoUsers.length);
    expect(both.conversations).toBeGreaterThan(0);
    expect((await a.store.sessions.list({ limit: 100 })).items).toHaveLength(both.conversations);
    expect(both.quickReplies).toBeGreaterThan(0);
    expect(await a.store.quickReplies.count()).toBe(both.quickReplies);
    // A later start (a restart, a third instance) finds the store seeded and adds nothing.
    expect(await a.seed()).toEqual({ ran: true, accounts: [], conversations: 0, quickReplies: 0 });
  });
});
