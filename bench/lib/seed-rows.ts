import type { Database } from "better-sqlite3";
import type { LyCreateSessionDTO } from "../../contract/top-dtos.ts";
import { searchTermsOf } from "../../server/store/sql/search-terms.ts";

// Rows written straight into the console's tables (created by the repo's own migrations), for
// datasets far too big to build through the API. Column for column what the repos write, search
// terms included, so the repos read them back as their own. A column the migrations add as NOT NULL
// fails here loudly. The writers here are SQLite's; ../scale/postgres-seed.ts writes the same rows.

export interface SeedSession {
  sid: string;
  status: "open" | "closed";
  channel: "0" | "1" | "2" | "3";
  agent: string;
  openedAt: number;
  lastActivityAt: number;
}

export interface SeedMessage {
  messageId: string;
  sid: string;
  content: string;
  senderType: "4" | "1";
  status: "sent" | "failed";
  createdAt: number;
}

/** A row as written, keyed by column. */
export type SeedRow = Record<string, string | number | null>;

export function sessionRow(s: SeedSession): SeedRow {
  const dto: LyCreateSessionDTO = {
    source: { sid: s.sid, channel: s.channel, channel_uid: `customer-${s.sid}`, channel_nick: `客户 ${s.sid}`, session_source: "XSpace" },
    target: { session_source: "XSpace", service_id: "80003", bu_id: "100" },
  };
  const closed = s.status === "closed";
  return {
    sid: s.sid,
    status: s.status,
    channel: s.channel,
    channel_uid: dto.source.channel_uid,
    channel_nick: dto.source.channel_nick ?? null,
    session_source: "XSpace",
    service_id: "80003",
    bu_id: "100",
    summary: null,
    agent: s.agent,
    create_dto: JSON.stringify(dto),
    top_session_id: s.sid,
    opened_at: s.openedAt,
    last_activity_at: s.lastActivityAt,
    closed_at: closed ? s.lastActivityAt : null,
    close_reason: closed ? "memberIsSilent" : null,
    closed_by: closed ? s.agent : null,
  };
}

/** Message rows; each sent message gets the platform's next id, counted per call of this. */
export function messageRows(): (m: SeedMessage) => SeedRow {
  // TEXT messages: the content is the text itself and the typed payload is `{"text": …}` (migration 5).
  const failure = JSON.stringify({ code: "top_timeout", message: "The TOP gateway did not answer in time." });
  let platformId = 11_496_248;
  return (m) => {
    const sent = m.status === "sent";
    return {
      message_id: m.messageId,
      sid: m.sid,
      content_type: 1,
      content: m.content,
      payload_json: JSON.stringify({ text: m.content }),
      sender_type: m.senderType,
      sender_id: m.senderType === "4" ? "80003" : null,
      status: m.status,
      error_json: sent ? null : failure,
      top_request_id: sent ? `seed${m.messageId}` : null,
      top_message_id: sent ? String(platformId++) : null,
      created_at: m.createdAt,
      updated_at: m.createdAt,
    };
  };
}

/** An agent's account, so the sessions' and messages' agent-name lookups find a row as in production. */
export function agentUserRow(username: string): SeedRow {
  // A hash no password matches: a seeded agent cannot sign in.
  return { username, display_name: `Agent ${username}`, role: "agent", operator_id: username, service_id: "80003", password_hash: "seeded-no-sign-in", created_at: 0 };
}

/** A session's search terms, as the sessions repo writes them with the session (../../server/store/sql/search-terms.ts). */
export function searchTermRows(session: SeedRow): SeedRow[] {
  const sid = String(session["sid"]);
  return searchTermsOf({ sid, channel_uid: String(session["channel_uid"]), channel_nick: session["channel_nick"] as string | null }).map((term) => ({ term, sid }));
}

function insertInto(db: Database, table: string, columns: string[]): (row: SeedRow) => void {
  const insert = db.prepare(`INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map((c) => `@${c}`).join(", ")})`);
  return (row) => insert.run(row);
}

/** Writes a session and its search terms into SQLite (in the caller's transaction, if any). */
export function sessionWriter(db: Database): (s: SeedSession) => void {
  const session = insertInto(db, "sessions", Object.keys(sessionRow(exampleSession)));
  const term = insertInto(db, "session_search_terms", ["term", "sid"]);
  return (s) => {
    const row = sessionRow(s);
    session(row);
    for (const terms of searchTermRows(row)) term(terms);
  };
}

export function agentUserWriter(db: Database): (username: string) => void {
  const insert = insertInto(db, "users", Object.keys(agentUserRow("a")));
  return (username) => insert(agentUserRow(username));
}

export function messageWriter(db: Database): (m: SeedMessage) => void {
  const rowOf = messageRows();
  const insert = insertInto(db, "messages", Object.keys(rowOf(exampleMessage)));
  return (m) => insert(rowOf(m));
}

/** Stand-ins whose rows name every column a writer writes. */
export const exampleSession: SeedSession = { sid: "s", status: "closed", channel: "0", agent: "a", openedAt: 0, lastActivityAt: 0 };
export const exampleMessage: SeedMessage = { messageId: "m", sid: "s", content: "", senderType: "4", status: "sent", createdAt: 0 };

const lines = [
  "您好，请问有什么可以帮您？",
  "我的订单还没有发货，能帮我查一下吗？",
  "好的，请提供一下订单号。",
  "Order 2026-0042, placed on Monday.",
  "已经为您加急处理，预计明天发出。",
  "谢谢！",
  "**温馨提示**：退换货请在签收后 7 天内申请。",
];

/** Chat-like text of varied length, numbered so a reader can tell which message it is. */
export function seedText(n: number): string {
  return `${lines[n % lines.length] ?? ""} #${n}`;
}
