import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrate, migrations } from "./migrations.ts";

const tables = (db: Database.Database) =>
  db.prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all().map((r) => r.name);

describe("migrations", () => {
  it("build the whole schema from an empty database", () => {
    const db = new Database(":memory:");
    expect(migrate(db)).toEqual({ from: 0, to: migrations.length });
    expect(tables(db)).toEqual([
      "auth_sessions",
      "bulk_job_items",
      "bulk_jobs",
      "group_tickets",
      "messages",
      "quick_replies",
      "session_search_terms",
      "sessions",
      "settings",
      "top_calls",
      "users",
      "visitors",
    ]);
    expect(migrate(db)).toEqual({ from: migrations.length, to: migrations.length });
  });

  it("upgrade a version-2 database to the current one", () => {
    const db = new Database(":memory:");
    migrations[0]!(db);
    migrations[1]!(db);
    db.pragma("user_version = 2");
    expect(migrate(db)).toEqual({ from: 2, to: migrations.length });
    expect(tables(db)).toContain("users");
    const indexes = db.prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'index'`).all().map((r) => r.name);
    expect(indexes).toContain("sessions_by_agent_activity");
  });

  it("upgrade a version-1 database and keep its rows", () => {
    const db = new Database(":memory:");
    migrations[0]!(db);
    db.pragma("user_version = 1");
    db.prepare(`INSERT INTO sessions (sid, status, channel, channel_uid, session_source, service_id, bu_id, agent, create_dto, opened_at, last_activity_at)
      VALUES ('s1', 'open', '0', 'u', 'XSpace', '1', '100', 'a', '{}', 1, 1)`).run();
    expect(migrate(db)).toEqual({ from: 1, to: migrations.length });
    expect(tables(db)).toContain("bulk_jobs");
    expect(db.prepare(`SELECT sid FROM sessions`).all()).toEqual([{ sid: "s1" }]);
  });

  it("mark the demo accounts of a store seeded by an earlier sandbox run, and only those", () => {
    const db = new Database(":memory:");
    for (const step of migrations.slice(0, 4)) step(db);
    db.pragma("user_version = 4");
    const add = db.prepare(`INSERT INTO users (username, display_name, role, operator_id, service_id, password_hash, created_at) VALUES (?, 'x', ?, ?, 's', 'h', 1)`);
    add.run("supervisor", "supervisor", "demo-supervisor");
    add.run("agent", "agent", "demo-agent");
    add.run("wang.li", "supervisor", "op-77");
    migrate(db);
    expect(db.prepare(`SELECT username, demo FROM users ORDER BY username`).all()).toEqual([
      { username: "agent", demo: 1 },
      { username: "supervisor", demo: 1 },
      { username: "wang.li", demo: 0 },
    ]);
  });

  it("upgrade a version-4 database: each message gets its typed payload, decoded from its content", () => {
    const db = new Database(":memory:");
    for (const step of migrations.slice(0, 4)) step(db);
    db.pragma("user_version = 4");
    db.prepare(`INSERT INTO sessions (sid, status, channel, channel_uid, session_source, service_id, bu_id, agent, create_dto, opened_at, last_activity_at)
      VALUES ('s1', 'open', '0', 'u', 'XSpace', '1', '100', 'a', '{}', 1, 1)`).run();
    const insert = db.prepare(`INSERT INTO messages (message_id, sid, content_type, content, sender_type, status, created_at, updated_at)
      VALUES (?, 's1', ?, ?, '4', 'sent', 1, 1)`);
    insert.run("text", 1, "你好");
    insert.run("card", 7, '{"title":"t","markdown":"m","singleTitle":"a","singleURL":"https://e.com"}');
    insert.run("bad-read", 10, '{"readTime":8640000000000001}');
    insert.run("garbage", 2, "garbage");
    expect(migrate(db)).toEqual({ from: 4, to: migrations.length });
    const payloads = db.prepare<[], { message_id: string; payload_json: string | null }>(`SELECT message_id, payload_json FROM messages ORDER BY seq`).all();
    expect(payloads).toEqual([
      { message_id: "text", payload_json: '{"text":"你好"}' },
      { message_id: "card", payload_json: '{"title":"t","markdown":"m","buttons":[{"title":"a","actionURL":"https://e.com"}]}' },
      { message_id: "bad-read", payload_json: null },
      { message_id: "garbage", payload_json: null },
    ]);
  });

  it("upgrade a version-9 database: stored sessions become searchable by nickname, channel user id and sid", () => {
    const db = new Database(":memory:");
    for (const step of migrations.slice(0, 9)) step(db);
    db.pragma("user_version = 9");
    db.prepare(`INSERT INTO sessions (sid, status, channel, channel_uid, channel_nick, session_source, service_id, bu_id, agent, create_dto, opened_at, last_activity_at)
      VALUES ('S-Old', 'open', '0', 'U-42', '王小明', 'XSpace', '1', '100', 'a', '{}', 1, 1)`).run();
    migrate(db);
    const terms = db.prepare<[], { term: string }>(`SELECT term FROM session_search_terms WHERE sid = 'S-Old' ORDER BY term`).all().map((r) => r.term);
    expect(terms).toEqual(["s-old", "u-42", "小明", "明", "王小明"]);
  });

  it("upgrade a version-10 database: audit outcomes by meaning, a refusal such as isv.session-locked no longer a gateway error", () => {
    const db = new Database(":memory:");
    for (const step of migrations.slice(0, 10)) step(db);
    db.pragma("user_version = 10");
    const add = db.prepare(`INSERT INTO top_calls (at, method, actor, outcome, top_code, sub_code, latency_ms, attempts, detail) VALUES (1, 'm', 'a', ?, ?, ?, 1, 1, ?)`);
    add.run("gateway", "15", "isv.session-locked", null);
    add.run("gateway", "41", null, null);
    add.run("gateway", "7", null, null);
    add.run("gateway", "15", "isp.service-unavailable", null);
    add.run("gateway", "25", null, null);
    add.run("business", "400003", null, null);
    add.run("timeout", null, null, null);
    add.run("transport", null, null, null);
    add.run("unreadable", "200", null, null);
    add.run("ok", "200", null, null);
    add.run("refused", null, null, "GET /api/audit needs supervisor");
    migrate(db);
    const rows = db.prepare<[], { outcome: string; detail: string | null }>(`SELECT outcome, detail FROM top_calls ORDER BY id`).all();
    expect(rows.map((r) => [r.outcome, r.detail])).toEqual([
      ["platform_refused", null],
      ["platform_refused", null],
      ["flow_control", null],
      ["gateway_error", "provider_fault"],
      ["gateway_error", "gateway_fault"],
      ["platform_refused", null],
      ["gateway_error", "timeout"],
      ["gateway_error", "transport"],
      ["gateway_error", "unreadable"],
      ["ok", null],
      ["refused", "GET /api/audit needs supervisor"],
    ]);
    const jobs = db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('bulk_jobs')`).all().map((r) => r.name);
    expect(jobs).toContain("run_started_at");
  });

  it("refuse a database written by a newer build", () => {
    const db = new Database(":memory:");
    db.pragma(`user_version = ${migrations.length + 1}`);
    expect(() => migrate(db)).toThrow(/newer than this build/);
  });
});
