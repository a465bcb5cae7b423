import { type Kysely, sql } from "kysely";
import type { Database } from "../../server/store/sql/database.ts";
import { agentUserRow, exampleMessage, exampleSession, messageRows, searchTermRows, type SeedRow, sessionRow } from "../lib/seed-rows.ts";
import type { SeedSink } from "./dataset.ts";

// The scale dataset into PostgreSQL: the same rows as SQLite's writers (../lib/seed-rows.ts), a batch
// per transaction, each table's rows in one INSERT … SELECT FROM unnest(one array per column): a
// statement of a few parameters whatever the batch size, where a VALUES list would hit the protocol's
// 65,535-parameter limit at a few thousand rows and cost a parse of every placeholder.

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
        const rows = batch.map(sessionRow);
        await sessions(trx, rows);
        await terms(trx, rows.flatMap(searchTermRows));
      }),
    messages: (batch) => db.transaction().execute((trx) => messages(trx, batch.map(rowOf))),
  };
}
