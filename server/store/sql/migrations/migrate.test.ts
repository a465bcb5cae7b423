import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { quickReplyLimits } from "../../../../contract/quick-replies.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PostgresServer, startPostgres } from "../../../testing/postgres-server.ts";
import type { Database } from "../database.ts";
import { openPostgres, openSqlDatabase } from "../open-sql-database.ts";
import { migrate, migrations } from "./migrate.ts";

const coreTables = ["auth_sessions", "bulk_job_items", "bulk_jobs", "group_tickets", "live_events", "messages", "presence", "quick_replies", "rate_limits", "schema_migrations", "session_search_terms", "sessions", "settings", "top_calls", "users", "visitors"];

function sqliteAt(version: number) {
  const file = new SQLite(":memory:");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: file }) });
  return { file, db, build: () => migrate(db, "sqlite", migrations.slice(0, version)) };
}

/** Replies saved before titles were unique (version 19): same titles in other cases, and one near the length limit. */
async function addRepliesWithDuplicateTitles(db: Kysely<Database>) {
  const long = "x".repeat(quickReplyLimits.title);
  for (const [id, title, updatedAt] of [
    ["a", "Greeting", 5],
    ["b", "greeting", 3],
    ["c", "GREETING", 5],
    ["d", "Greeting (2)", 9],
    ["e", long, 1],
    ["f", long.toUpperCase(), 2],
    ["g", "Été", 1],
    ["h", "éTÉ", 2],
  ] as const) {
    await sql`INSERT INTO quick_replies (id, title, text_zh, text_en, search_text, updated_at, updated_by)
      VALUES (${id}, ${title}, '', 'Hi', ${`${title.toLowerCase()}\n\nhi`}, ${updatedAt}, 'lead')`.execute(db);
  }
}

/** Migration 20 kept the earliest of each title (by updated_at, then id) and numbered the others. */
async function expectTitlesMadeUnique(db: Kysely<Database>) {
  const rows = await db.selectFrom("quick_replies").select(["id", "title", "title_key", "search_text"]).orderBy("id").execute();
  const long = "x".repeat(quickReplyLimits.title - " (2)".length);
  expect(rows.map((r) => [r.id, r.title])).toEqual([
    ["a", "Greeting (3)"],
    ["b", "greeting"],
    ["c", "GREETING (4)"],
    ["d", "Greeting (2)"],
    ["e", "x".repeat(quickReplyLimits.title)],
    ["f", `${long.toUpperCase()} (2)`],
    ["g", "Été"],
    ["h", "éTÉ (2)"],
  ]);
  for (const row of rows) {
    expect(row.title_key).toBe(row.title.toLowerCase());
    expect(row.search_text).toBe(`${row.title.toLowerCase()}\n\nhi`);
  }
  // The unique index holds from now on.
  await expect(sql`INSERT INTO quick_replies (id, title, title_key, text_zh, text_en, search_text, updated_at, updated_by)
    VALUES ('z', 'ÉTÉ', 'été', '', 'x', 'x', 1, 'lead')`.execute(db)).rejects.toThrow();
}

describe("migrations on SQLite", () => {
  it("build the whole schema from an empty database, and find nothing to do the second time", async () => {
    const { file, db } = sqliteAt(0);
    expect(await migrate(db, "sqlite")).toEqual({ from: 0, to: migrations.length });
    const tables = file.prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all();
    expect(tables.map((t) => t.name)).toEqual(coreTables);
    expect(await migrate(db, "sqlite")).toEqual({ from: migrations.length, to: migrations.length });
    expect(file.pragma("user_version", { simple: true })).toBe(migrations.length);
    await db.destroy();
  });

  it("take over a file versioned by PRAGMA user_version: its versions are recorded, nothing is re-run, its rows are kept", async () => {
    const { file, db, build } = sqliteAt(9);
    await build();
    // What the previous runner left: no schema_migrations table, only user_version.
    file.exec(`DROP TABLE schema_migrations`);
    file.prepare(`INSERT INTO sessions (sid, status, channel, channel_uid, channel_nick, session_source, service_id, bu_id, agent, create_dto, opened_at, last_activity_at)
      VALUES ('S-Old', 'open', '0', 'U-42', '王小明', 'XSpace', '1', '100', 'a', '{}', 1, 1)`).run();
    expect(await migrate(db, "sqlite")).toEqual({ from: 9, to: migrations.length });
    const versions = file.prepare<[], { version: number }>(`SELECT version FROM schema_migrations ORDER BY version`).all().map((r) => r.version);
    expect(versions).toEqual(migrations.map((_, i) => i + 1));
    expect(file.prepare(`SELECT sid FROM sessions`).all()).toEqual([{ sid: "S-Old" }]);
    // Migration 10 ran on the taken-over file: the stored session became searchable.
    const terms = file.prepare<[], { term: string }>(`SELECT term FROM session_search_terms WHERE sid = 'S-Old' ORDER BY term`).all().map((r) => r.term);
    expect(terms).toEqual(["s-old", "u-42", "小明", "明", "王小明"]);
    await db.destroy();
  });

  it("upgrade a version-4 database: each message gets its typed payload, decoded from its content", async () => {
    const { file, db, build } = sqliteAt(4);
    await build();
    file.prepare(`INSERT INTO sessions (sid, status, channel, channel_uid, session_source, service_id, bu_id, agent, create_dto, opened_at, last_activity_at)
      VALUES ('s1', 'open', '0', 'u', 'XSpace', '1', '100', 'a', '{}', 1, 1)`).run();
    const insert = file.prepare(`INSERT INTO messages (message_id, sid, content_type, content, sender_type, status, created_at, updated_at) VALUES (?, 's1', ?, ?, '4', 'sent', 1, 1)`);
    insert.run("text", 1, "你好");
    insert.run("garbage", 2, "garbage");
    expect(await migrate(db, "sqlite")).toEqual({ from: 4, to: migrations.length });
    expect(file.prepare(`SELECT message_id, payload_json FROM messages ORDER BY seq`).all()).toEqual([
      { message_id: "text", payload_json: '{"text":"你好"}' },
      { message_id: "garbage", payload_json: null },
    ]);
    await db.destroy();
  });

  it("upgrade a version-10 database: audit outcomes by meaning", async () => {
    const { file, db, build } = sqliteAt(10);
    await build();
    const add = file.prepare(`INSERT INTO top_calls (at, method, actor, outcome, top_code, sub_code, latency_ms, attempts) VALUES (1, 'm', 'a', ?, ?, ?, 1, 1)`);
    add.run("gateway", "15", "isv.session-locked");
    add.run("gateway", "15", "isp.service-unavailable");
    add.run("timeout", null, null);
    await migrate(db, "sqlite");
    expect(file.prepare(`SELECT outcome, detail FROM top_calls ORDER BY id`).all()).toEqual([
      { outcome: "platform_refused", detail: null },
      { outcome: "gateway_error", detail: "provider_fault" },
      { outcome: "gateway_error", detail: "timeout" },
    ]);
    await db.destroy();
  });

  it("upgrade a version-4 database: the demo accounts of an earlier sandbox run are marked, and only those", async () => {
    const { file, db, build } = sqliteAt(4);
    await build();
    const add = file.prepare(`INSERT INTO users (username, display_name, role, operator_id, service_id, password_hash, created_at) VALUES (?, 'x', ?, ?, 's', 'h', 1)`);
    add.run("supervisor", "supervisor", "demo-supervisor");
    add.run("agent", "agent", "demo-agent");
    add.run("wang.li", "supervisor", "op-77");
    await migrate(db, "sqlite");
    expect(file.prepare(`SELECT username, demo FROM users ORDER BY username`).all()).toEqual([
      { username: "agent", demo: 1 },
      { username: "supervisor", demo: 1 },
      { username: "wang.li", demo: 0 },
    ]);
    await db.destroy();
  });

  it("upgrade a version-19 database: quick-reply titles that differ only in case are numbered, the earliest kept", async () => {
    const { db, build } = sqliteAt(19);
    await build();
    await addRepliesWithDuplicateTitles(db);
    await migrate(db, "sqlite");
    await expectTitlesMadeUnique(db);
    await db.destroy();
  });

  it("refuse a database written by a newer build", async () => {
    const { file, db } = sqliteAt(0);
    file.pragma(`user_version = ${migrations.length + 1}`);
    await expect(migrate(db, "sqlite")).rejects.toThrow(/newer than this build/);
    await db.destroy();
  });
});

describe("migrations on PostgreSQL", () => {
  let server: PostgresServer;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(() => server?.stop());

  it("two instances starting together: one migrates, the other waits and finds the same schema", async () => {
    const url = await server.createDatabase("migrate_race");
    const [a, b] = await Promise.all([openSqlDatabase({ engine: "postgres", url }), openSqlDatabase({ engine: "postgres", url })]);
    const versions = await a.db.selectFrom("schema_migrations").select("version").orderBy("version").execute();
    expect(versions.map((r) => r.version)).toEqual(migrations.map((_, i) => i + 1));
    const { rows } = await sql<{ table_name: string }>`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`.execute(b.db);
    expect(rows.map((r) => r.table_name)).toEqual(coreTables);
    await Promise.all([a.close(), b.close()]);
  });

  it("upgrade a version-19 database: quick-reply titles that differ only in case are numbered, the earliest kept", async () => {
    const url = await server.createDatabase("migrate_titles");
    const db = openPostgres(url);
    await migrate(db, "postgres", migrations.slice(0, 19));
    await addRepliesWithDuplicateTitles(db);
    await migrate(db, "postgres");
    await expectTitlesMadeUnique(db);
    await db.destroy();
  });

  it("answer BIGINT epoch milliseconds and counts as numbers, and compare user names ignoring case", async () => {
    const url = await server.createDatabase("migrate_types");
    const { db, close } = await openSqlDatabase({ engine: "postgres", url });
    await db.insertInto("users").values({ username: "Wang.Li", display_name: "W", role: "agent", operator_id: "o", service_id: "s", password_hash: "h", created_at: 1_767_225_600_123 }).execute();
    const row = await db.selectFrom("users").select(["username", "created_at"]).where("username", "=", "wang.li").executeTakeFirst();
    expect(row).toEqual({ username: "Wang.Li", created_at: 1_767_225_600_123 });
    const count = await db.selectFrom("users").select((eb) => eb.fn.countAll().as("n")).executeTakeFirst();
    expect(count?.n).toBe(1);
    await close();
  });
});
