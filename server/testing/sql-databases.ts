import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import type { Db, Engine } from "../store/sql/database.ts";
import { openSqlDatabase, type SqlDatabase } from "../store/sql/open-sql-database.ts";
import { type PostgresServer, startPostgres } from "./postgres-server.ts";

// The two engines a repo test runs on, at the level below the Store: a migrated Kysely database per
// test. PostgreSQL is one throwaway cluster per test file; the schema is migrated once into a template
// database and each test gets a copy of it (CREATE DATABASE … TEMPLATE copies files, no migrations).

export interface SqlEngine {
  /** In every test's name: `npm run test:postgres` selects the PostgreSQL ones by it. */
  name: "SQLite" | "PostgreSQL";
  engine: Engine;
  start(): Promise<void>;
  open(): Promise<SqlDatabase>;
  stop(): Promise<void>;
}

const sqlite: SqlEngine = {
  name: "SQLite",
  engine: "sqlite",
  async start() {},
  open: () => openSqlDatabase({ engine: "sqlite", dataDir: ":memory:" }),
  async stop() {},
};

function postgres(): SqlEngine {
  const template = "repo_template";
  let server: PostgresServer | undefined;
  let copies = 0;
  return {
    name: "PostgreSQL",
    engine: "postgres",
    async start() {
      server = await startPostgres({ database: template });
      const migrated = await openSqlDatabase({ engine: "postgres", url: server.url });
      await migrated.close();
    },
    async open() {
      if (!server) throw new Error("the test PostgreSQL is not started (start() runs in beforeAll)");
      copies += 1;
      return openSqlDatabase({ engine: "postgres", url: await server.createDatabase(`repo_test_${copies}`, template) });
    },
    async stop() {
      await server?.stop();
      server = undefined;
    },
  };
}

export const sqlEngines: SqlEngine[] = [sqlite, postgres()];

/** Registers one engine's hooks in the calling describe block; answers the current test's database. */
export function useSqlDb(engine: SqlEngine): () => Db {
  let database: SqlDatabase | undefined;
  beforeAll(() => engine.start(), 60_000);
  afterAll(() => engine.stop());
  beforeEach(async () => {
    database = await engine.open();
  });
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });
  return () => {
    if (!database) throw new Error("the database is opened per test: read it inside a test, not at collection");
    return database.db;
  };
}
