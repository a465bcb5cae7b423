import { type Kysely, sql } from "kysely";
import type { Database } from "../../server/store/sql/database.ts";
import { agentUserRow, exampleMessage, exampleSession, messageRows, searchTermRows, type SeedRow, sessionRow } from "../lib/seed-rows.ts";
import type { SeedSink } from "./dataset.ts";

// The scale dataset into PostgreSQL: the same rows as SQLite's writers (../lib/seed-rows.ts), a batch
// per transaction, each table's rows in one INSERT … SELECT FROM unnest(one array per column): a
// statement of a few parameters whatever the batch size, where a VALUES list would hit the protocol's
// 65,535-parameter limit at a few thousand rows and cost a parse of every placeholder. As a bulk load
// is done: foreign keys not checked row by row (the rows are consistent by construction), and the
// secondary indexes built once after the load (indexesDroppedForLoad) rather than row by row.

const bigintColumns = new Set(["opened_at", "last_activity_at", "closed_at", "content_type", "created_at", "updated_at"]);

type Table = "users" | "sessions" | "messages" | "session_search_terms";

function insertRows(table: Table, columns: string[]) {
  return async (db: Kysely<Database>, rows: SeedRow[]): Promise<void> => {
    if (rows.length === 0) return;
    const arrays = columns.map((column) => {
      const type = bigintColumns.has(column) ? sql.raw("bigint[]") : sql.raw("text[]");
      return sql`${rows.map((row) => row[column] ?? null)}::${type}`;
    });
    await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) SELECT * FROM unnest(${sql.join(arrays)})`.execute(db);
  };
}

export function postgresSink(db: Kysely<Database>): SeedSink {
  const agents = insertRows("users", Object.keys(agentUserRow("a")));
  const sessions = insertRows("sessions", Object.keys(sessionRow(exampleSession)));
  const terms = insertRows("session_search_terms", ["term", "sid"]);
  const rowOf = messageRows();
  const messages = insertRows("messages", Object.keys(rowOf(exampleMessage)));
  return {
    agents: (usernames) => agents(db, usernames.map(agentUserRow)),
    sessions: (batch) =>
      db.transaction().execute(async (trx) => {
        await withoutForeignKeyChecks(trx);
        const rows = batch.map(sessionRow);
        await sessions(trx, rows);
        await terms(trx, rows.flatMap(searchTermRows));
      }),
    messages: (batch) =>
      db.transaction().execute(async (trx) => {
        await withoutForeignKeyChecks(trx);
        await messages(trx, batch.map(rowOf));
      }),
  };
}

/** Foreign keys are triggers, which the replica role skips; for this transaction only (superuser). */
async function withoutForeignKeyChecks(trx: Kysely<Database>): Promise<void> {
  await sql`SET LOCAL session_replication_role = replica`.execute(trx);
}

const loadedTables = ["sessions", "messages", "session_search_terms"];

/**
 * Drops the loaded tables' secondary indexes (those no constraint owns), as the migrations made them,
 * and answers how to build them again: their own definitions, read from the catalog.
 */
export async function indexesDroppedForLoad(db: Kysely<Database>): Promise<() => Promise<void>> {
  const { rows } = await sql<{ name: string; definition: string }>`
    SELECT indexname AS name, indexdef AS definition FROM pg_indexes
    WHERE schemaname = current_schema() AND tablename IN (${sql.join(loadedTables)})
      AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conindid <> 0)`.execute(db);
  for (const { name } of rows) await sql`DROP INDEX ${sql.ref(name)}`.execute(db);
  return async () => {
    for (const { definition } of rows) await sql.raw(definition).execute(db);
  };
}
