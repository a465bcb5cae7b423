import type { Database } from "better-sqlite3";
import type { LyCreateSessionDTO } from "../../contract/top-dtos.ts";

// Rows written straight into the console's SQLite tables (created by the repo's own migrations), for
// datasets far too big to build through the API. Column for column what the repos write, so the
// repos read them back as their own. A column the migrations add as NOT NULL fails here loudly.

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

export function sessionWriter(db: Database): (s: SeedSession) => void {
  const insert = db.prepare(`INSERT INTO sessions (sid, status, channel, channel_uid, channel_nick, session_source,
      service_id, bu_id, summary, agent, create_dto, top_session_id, opened_at, last_activity_at, closed_at,
      close_reason, closed_by)
    VALUES (@sid, @status, @channel, @channel_uid, @channel_nick, 'XSpace', '80003', '100', NULL, @agent,
      @create_dto, @sid, @opened_at, @last_activity_at, @closed_at, @close_reason, @closed_by)`);
  return (s) => {
    const dto: LyCreateSessionDTO = {
      source: { sid: s.sid, channel: s.channel, channel_uid: `customer-${s.sid}`, channel_nick: `客户 ${s.sid}`, session_source: "XSpace" },
      target: { session_source: "XSpace", service_id: "80003", bu_id: "100" },
    };
    const closed = s.status === "closed";
    insert.run({
      sid: s.sid,
      status: s.status,
      channel: s.channel,
      channel_uid: dto.source.channel_uid,
      channel_nick: dto.source.channel_nick,
      agent: s.agent,
      create_dto: JSON.stringify(dto),
      opened_at: s.openedAt,
      last_activity_at: s.lastActivityAt,
      closed_at: closed ? s.lastActivityAt : null,
      close_reason: closed ? "memberIsSilent" : null,
      closed_by: closed ? s.agent : null,
    });
  };
}

export function messageWriter(db: Database): (m: SeedMessage) => void {
  // TEXT messages: the content is the text itself and the typed payload is `{"text": …}` (migration 5).
  const insert = db.prepare(`INSERT INTO messages (message_id, sid, content_type, content, payload_json, sender_type,
      sender_id, status, error_json, top_request_id, top_message_id, created_at, updated_at)
    VALUES (@message_id, @sid, 1, @content, @payload_json, @sender_type, @sender_id, @status, @error_json, @top_request_id,
      @top_message_id, @created_at, @created_at)`);
  const failure = JSON.stringify({ code: "top_timeout", message: "The TOP gateway did not answer in time." });
  let platformId = 11_496_248;
  return (m) => {
    const sent = m.status === "sent";
    insert.run({
      message_id: m.messageId,
      sid: m.sid,
      content: m.content,
      payload_json: JSON.stringify({ text: m.content }),
      sender_type: m.senderType,
      sender_id: m.senderType === "4" ? "80003" : null,
      status: m.status,
      error_json: sent ? null : failure,
      top_request_id: sent ? `seed${m.messageId}` : null,
      top_message_id: sent ? String(platformId++) : null,
      created_at: m.createdAt,
    });
  };
}

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
