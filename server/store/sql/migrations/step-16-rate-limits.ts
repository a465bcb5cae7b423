import { sql } from "kysely";
import type { MigrationStep } from "./step.ts";

// 16: the rate limits' counters (sign-in guesses, visitors' starts and sends), shared by every instance on
// PostgreSQL through rate-limiter-flexible's RateLimiterPostgres (server/auth/rate-limiters.ts), which is
// told the table exists (tableCreated: true) instead of creating it on first use. Its columns are the ones
// that store reads and writes: key (keyPrefix:key, one table for all limiters), points (consumed in this
// window) and expire (epoch ms, null = never). points stays a 32-bit integer as the library creates it, so
// pg answers it as a number. key is TEXT rather than the library's varchar(255): the keys embed a user name
// the client chooses, and a longer one must be counted, not fail over to one instance's memory.
// SQLite gets the same table (unused: one instance counts in memory) so both engines keep one schema.
export const stepSixteen: MigrationStep = async (db, engine) => {
  const statement =
    engine === "postgres"
      ? `CREATE TABLE rate_limits (key TEXT COLLATE "C" PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`
      : `CREATE TABLE rate_limits (key TEXT PRIMARY KEY, points INTEGER NOT NULL DEFAULT 0, expire INTEGER)`;
  await sql.raw(statement).execute(db);
};
