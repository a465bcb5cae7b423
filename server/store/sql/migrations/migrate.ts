import { type Kysely, sql } from "kysely";
import type { Database, Engine } from "../database.ts";
import { exec } from "./ddl.ts";
import type { MigrationStep } from "./step.ts";
import { stepsEightToFourteen } from "./steps-8-to-14.ts";
import { stepsOneToSeven } from "./steps-1-to-7.ts";
import { stepFifteen } from "./step-15-live-events.ts";
import { stepSixteen } from "./step-16-rate-limits.ts";
import { stepSeventeen } from "./step-17-bulk-item-claims.ts";
import { stepEighteen } from "./step-18-presence.ts";
import { stepNineteen } from "./step-19-sending-instance.ts";
import { stepTwenty } from "./step-20-quick-reply-title-key.ts";

// Versioned schema, the same on both engines. Each step runs once, in order, in a transaction that
// also records it in schema_migrations. A SQLite file made before this runner kept its version in
// PRAGMA user_version: its versions are recorded as applied and nothing is run again. SQLite's
// user_version is still kept up to date, so an older build opening a newer file refuses it.

export const migrations: readonly MigrationStep[] = [
  ...stepsOneToSeven,
  ...stepsEightToFourteen,
  stepFifteen,
  stepSixteen,
  stepSeventeen,
  stepEighteen,
  stepNineteen,
  stepTwenty,
];

// Any fixed 64-bit number: instances of this console agree on it, other users of the database won't.
const MIGRATION_LOCK = 7_268_150_913;

async function appliedVersions(db: Kysely<Database>, engine: Engine): Promise<number[]> {
  await exec(db, engine, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)`);
  const rows = await db.selectFrom("schema_migrations").select("version").orderBy("version").execute();
  if (rows.length > 0 || engine !== "sqlite") return rows.map((r) => r.version);
  const { rows: pragma } = await sql<{ user_version: number }>`PRAGMA user_version`.execute(db);
  const legacy = pragma[0]?.user_version ?? 0;
  if (legacy === 0) return [];
  const versions = Array.from({ length: legacy }, (_, i) => i + 1);
  const at = Date.now();
  await db.insertInto("schema_migrations").values(versions.map((version) => ({ version, applied_at: at }))).execute();
  return versions;
}

async function run(db: Kysely<Database>, engine: Engine, steps: readonly MigrationStep[]): Promise<{ from: number; to: number }> {
  const applied = new Set(await appliedVersions(db, engine));
  const from = Math.max(0, ...applied);
  if (from > steps.length) throw new Error(`database schema version ${from} is newer than this build knows (${steps.length})`);
  for (const [index, step] of steps.entries()) {
    const version = index + 1;
    if (applied.has(version)) continue;
    await db.transaction().execute(async (trx) => {
      await step(trx, engine);
      await trx.insertInto("schema_migrations").values({ version, applied_at: Date.now() }).execute();
      if (engine === "sqlite") await sql.raw(`PRAGMA user_version = ${version}`).execute(trx);
    });
  }
  return { from, to: steps.length };
}

/**
 * Brings the schema up to `steps` (all migrations unless a test stops early). On PostgreSQL, instances
 * starting together take an advisory lock first: the second waits, then finds everything applied.
 */
export async function migrate(db: Kysely<Database>, engine: Engine, steps: readonly MigrationStep[] = migrations): Promise<{ from: number; to: number }> {
  if (engine === "sqlite") return run(db, engine, steps);
  return db.connection().execute(async (connection) => {
    await sql`SELECT pg_advisory_lock(${MIGRATION_LOCK})`.execute(connection);
    try {
      return await run(connection, engine, steps);
    } finally {
      await sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`.execute(connection);
    }
  });
}
