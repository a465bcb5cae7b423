import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import type { Engine } from "../store/sql/database.ts";
import type { DatabaseConfig } from "../store/sql/database-config.ts";
import { openSqlDatabase } from "../store/sql/open-sql-database.ts";
import { type PostgresServer, startPostgres } from "./postgres-server.ts";

// The two engines a test runs on, each test with a fresh, migrated database of its own, opened as
// whatever the test needs (a Kysely database for a repo test, a whole Store for a contract test).
// PostgreSQL is one throwaway cluster per test file, started in the engine's describe block (so a run
// that filters the engine out by name starts nothing): a vitest globalSetup would start a cluster for
// every `vitest run`, the web tests' too, and each file's own cluster keeps files independent. The
// schema is migrated once per file into a template database, and each test gets a copy of it (CREATE
// DATABASE … TEMPLATE copies files, no migrations). That database collates like a production one made
// under en_US.UTF-8 (ICU en-US, not the cluster's C), so an order or a comparison that matches SQLite's
// only on a byte-ordered database fails here.

export interface EngineUnderTest<T> {
  /** In every test's name: `npm run test:postgres` selects the PostgreSQL ones by it. */
  name: "SQLite" | "PostgreSQL";
  engine: Engine;
  start(): Promise<void>;
  /** A new, empty, migrated database, opened by the caller's `open`. */
  open(): Promise<T>;
  stop(): Promise<void>;
}

interface Closable {
  close(): Promise<void>;
}

/** Both engines, each test's database opened with `open`; `label` names the PostgreSQL databases. */
export function enginesUnderTest<T extends Closable>(label: string, open: (config: DatabaseConfig) => Promise<T>): EngineUnderTest<T>[] {
  const sqlite: EngineUnderTest<T> = {
    name: "SQLite",
    engine: "sqlite",
    async start() {},
    open: () => open({ engine: "sqlite", dataDir: ":memory:" }),
    async stop() {},
  };
  const template = `${label}_template`;
  let server: PostgresServer | undefined;
  let copies = 0;
  const postgres: EngineUnderTest<T> = {
    name: "PostgreSQL",
    engine: "postgres",
    async start() {
      server = await startPostgres({ database: template, icuLocale: "en-US" });
      await (await openSqlDatabase({ engine: "postgres", url: server.url })).close();
    },
    async open() {
      if (!server) throw new Error("the test PostgreSQL is not started (start() runs in beforeAll)");
      copies += 1;
      return open({ engine: "postgres", url: await server.createDatabase(`${label}_test_${copies}`, template) });
    },
    async stop() {
      await server?.stop();
      server = undefined;
    },
  };
  return [sqlite, postgres];
}

/** Registers one engine's hooks in the calling describe block; answers the current test's database. */
export function useEngine<T extends Closable>(engine: EngineUnderTest<T>): () => T {
  let opened: T | undefined;
  beforeAll(() => engine.start(), 60_000);
  afterAll(() => engine.stop());
  beforeEach(async () => {
    opened = await engine.open();
  });
  afterEach(async () => {
    await opened?.close();
    opened = undefined;
  });
  return () => {
    if (!opened) throw new Error("the database is opened per test: read it inside a test, not at collection");
    return opened;
  };
}
