import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { openSqlDatabase } from "../store/sql/open-sql-database.ts";
import { openSqlStore } from "../store/sql/sql-store.ts";
import type { Store } from "../store/store.ts";
import { type PostgresServer, startPostgres } from "./postgres-server.ts";

// The engines the store's contract tests run on; each test gets an empty store of its own.
// PostgreSQL is one throwaway cluster per test file, started in the engine's describe block (so a run
// that filters the engine out by name starts nothing): a vitest globalSetup would start a cluster for
// every `vitest run`, the web tests' too, and each file's own cluster keeps files independent. The
// schema is migrated once per file into a template database, and each test gets a copy of it. That
// database collates like a production one made under en_US.UTF-8 (ICU en-US, not the cluster's C), so an
// order or a comparison that matches SQLite's only on a byte-ordered database fails here.

export interface StoreEngine {
  /** In every test's name: `npm run test:postgres` selects the PostgreSQL ones by it. */
  name: "SQLite" | "PostgreSQL";
  start(): Promise<void>;
  /** A new, empty, migrated store. */
  open(): Promise<Store>;
  stop(): Promise<void>;
}

const sqlite: StoreEngine = {
  name: "SQLite",
  async start() {},
  open: () => openSqlStore({ engine: "sqlite", dataDir: ":memory:" }),
  async stop() {},
};

function postgres(): StoreEngine {
  const template = "store_template";
  let server: PostgresServer | undefined;
  let copies = 0;
  return {
    name: "PostgreSQL",
    async start() {
      server = await startPostgres({ database: template, icuLocale: "en-US" });
      await (await openSqlDatabase({ engine: "postgres", url: server.url })).close();
    },
    async open() {
      if (!server) throw new Error("the test PostgreSQL is not started (start() runs in beforeAll)");
      copies += 1;
      return openSqlStore({ engine: "postgres", url: await server.createDatabase(`store_test_${copies}`, template) });
    },
    async stop() {
      await server?.stop();
      server = undefined;
    },
  };
}

export const storeEngines: StoreEngine[] = [sqlite, postgres()];

/** Registers one engine's hooks in the calling describe block; answers the current test's store. */
export function useStore(engine: StoreEngine): () => Store {
  let store: Store | undefined;
  beforeAll(() => engine.start(), 60_000);
  afterAll(() => engine.stop());
  beforeEach(async () => {
    store = await engine.open();
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });
  return () => {
    if (!store) throw new Error("the store is opened per test: read it inside a test, not at collection");
    return store;
  };
}
