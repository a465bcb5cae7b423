import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Kysely, SqliteDialect } from "kysely";
import type { Database } from "../../server/store/sql/database.ts";
import { withStatementCache } from "../../server/store/sql/sqlite-statement-cache.ts";
import { agentUserWriter, messageWriter, sessionWriter } from "../lib/seed-rows.ts";
import { openSeedableStore } from "../lib/seedable-store.ts";
import { round } from "../lib/stats.ts";
import { explainSqlite } from "./query-plan.ts";
import { type ScaleEngine, statementRecorder } from "./scale-engine.ts";

// The scale suite's SQLite: a console.sqlite in a temporary folder, filled with prepared statements
// in one transaction per batch, read through Kysely over the same file handle, as the BFF reads it.

export async function openSqliteEngine(): Promise<ScaleEngine> {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-scale-"));
  const { file } = await openSeedableStore(dir);
  const recorder = statementRecorder();
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(file) }), log: recorder.log });
  const writeSession = sessionWriter(file);
  const writeMessage = messageWriter(file);
  const writeAgent = agentUserWriter(file);
  return {
    engine: "sqlite",
    db,
    sink: {
      agents: async (usernames) => file.transaction(() => usernames.forEach(writeAgent))(),
      sessions: async (batch) => file.transaction(() => batch.forEach(writeSession))(),
      messages: async (batch) => file.transaction(() => batch.forEach(writeMessage))(),
    },
    // No ANALYZE: the BFF never runs it, so the planner here chooses as it does in production.
    settle: async () => {
      file.pragma("wal_checkpoint(TRUNCATE)");
    },
    sizeMB: async () => round(statSync(path.join(dir, "console.sqlite")).size / 1e6, 0),
    take: recorder.take,
    explain: async (executed) => explainSqlite(file, executed),
    close: async () => {
      file.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
