import type { Db } from "../store/sql/database.ts";
import { openSqlDatabase, type SqlDatabase } from "../store/sql/open-sql-database.ts";
import { type EngineUnderTest, enginesUnderTest, useEngine } from "./engines-under-test.ts";

// The two engines a repo test runs on, at the level below the Store: a migrated Kysely database per test.

export type SqlEngine = EngineUnderTest<SqlDatabase>;

export const sqlEngines: SqlEngine[] = enginesUnderTest("repo", (config) => openSqlDatabase(config));

/** Registers one engine's hooks in the calling describe block; answers the current test's database. */
export function useSqlDb(engine: SqlEngine): () => Db {
  const database = useEngine(engine);
  return () => database().db;
}
