import type { ContentType } from "../../contract/top-dtos.ts";
import { contentTypes, type Channel } from "../../contract/top-dtos.ts";
import type { AuditEntry, NewMessage, NewSession, Store, UserRecord } from "../store/store.ts";

// Rows as the services write them, for the store's contract tests: a session as created from a
// DingTalk create DTO, a text message as message.send stores it, an audit entry of a TOP call.

export interface SessionSpec {
  agent?: string | undefined;
  channel?: Channel;
  uid?: string;
  nick?: string;
  source?: string;
  at: number;
}

export function newSession(sid: string, { agent, channel = "0", uid = `uid-${sid}`, nick, source = "XSpace", at }: SessionSpec): NewSession {
  return {
    dto: {
      source: { sid, channel, channel_uid: uid, session_source: source, ...(nick === undefined ? {} : { channel_nick: nick }) },
      target: { session_source: source, service_id: "80003", bu_id: "100" },
    },
    agent,
    at,
  };
}

export function textMessage(messageId: string, sid: string, text: string, { from = "agent", at }: { from?: "agent" | "customer"; at: number }): NewMessage {
  const contentType: ContentType = contentTypes.TEXT;
  return {
    message_id: messageId,
    sid,
    content_type: contentType,
    content: text,
    payload_json: JSON.stringify({ text }),
    sender_type: from === "agent" ? "4" : "1",
    sender_id: from === "agent" ? "svc-1" : `member-${sid}`,
    sent_by: from === "agent" ? "agent" : undefined,
    at,
  };
}

/** A message delivered: stored pending, then marked sent (what a successful message.send leaves). */
export async function deliver(store: Store, message: NewMessage): Promise<void> {
  await store.messages.beginSend(message);
  await store.messages.markSent(message.message_id, { topRequestId: `req-${message.message_id}`, at: message.at });
}

export function auditEntry(at: number, fields: Partial<AuditEntry> = {}): AuditEntry {
  return { at, method: "lyservice.message.send", actor: "agent", outcome: "ok", latency_ms: 12, attempts: 1, ...fields };
}

export function user(username: string, fields: Partial<UserRecord> = {}): UserRecord {
  return {
    username,
    display_name: `Name of ${username}`,
    role: "agent",
    operator_id: `op-${username}`,
    service_id: `svc-${username}`,
    password_hash: `hash-${username}`,
    disabled: false,
    demo: false,
    ...fields,
  };
}
