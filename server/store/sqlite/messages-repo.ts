import type { Database } from "better-sqlite3";
import type { MessageView } from "../../../contract/api.ts";
import type { ApiErrorBody } from "../../../contract/errors.ts";
import type { AuditEntry, BeginSend, MessagesRepo, NewMessage, Page, PageRequest } from "../store.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import { type MessageRow, toMessageView } from "./message-row.ts";
import { previewOf } from "../../messages/preview.ts";

// Every read joins the sender's account for its current display name (a left join: customers' rows and
// rows from before migration 9 have no sent_by; an account that no longer exists keeps its username).
const selectView = `SELECT m.*, u.display_name AS sent_by_name FROM messages m LEFT JOIN users u ON u.username = m.sent_by`;

export function createMessagesRepo(db: Database, writeAudit: (entry: AuditEntry) => void): MessagesRepo {
  const byId = db.prepare<[string], MessageRow>(`${selectView} WHERE m.message_id = ?`);
  const insert = db.prepare(`INSERT INTO messages (message_id, sid, content_type, content, payload_json,
      sender_type, sender_id, sent_by, status, created_at, updated_at)
    VALUES (@message_id, @sid, @content_type, @content, @payload_json, @sender_type, @sender_id, @sent_by, 'pending', @at, @at)`);
  const rearm = db.prepare(`UPDATE messages SET status = 'pending', error_json = NULL, updated_at = ? WHERE message_id = ?`);
  const sent = db.prepare(`UPDATE messages SET status = 'sent', error_json = NULL,
      top_request_id = @topRequestId, top_message_id = @topMessageId, updated_at = @at WHERE message_id = @messageId`);
  const touch = db.prepare(`UPDATE sessions SET last_activity_at = MAX(last_activity_at, ?) WHERE sid = ?`);
  // The inbox fields follow each delivered message: a customer's adds one unread and starts the wait
  // (if nobody waits yet); an agent's answers the wait. Read receipts (MSG_READ) are not messages here.
  const inbox = db.prepare(`UPDATE sessions SET last_preview = @preview, last_type = @type, last_at = @at, last_side = @side,
      unread_count = unread_count + CASE WHEN @side = 'customer' THEN 1 ELSE 0 END,
      waiting_since = CASE WHEN @side = 'customer' THEN COALESCE(waiting_since, @at) ELSE NULL END
    WHERE sid = @sid`);
  const failedUpdate = db.prepare(`UPDATE messages SET status = 'failed', error_json = ?, updated_at = ? WHERE message_id = ?`);
  // Updated, then read back through the join (RETURNING cannot join the sender's account).
  const failed = db.transaction((error: string, at: number, messageId: string, audit: AuditEntry | undefined) => {
    if (audit) writeAudit(audit);
    failedUpdate.run(error, at, messageId);
    return byId.get(messageId);
  });
  const interrupted = db.prepare(`UPDATE messages SET status = 'failed', error_json = ?, updated_at = ? WHERE status = 'pending'`);
  const latest = db.prepare<[string, number], MessageRow>(`${selectView} WHERE m.sid = ? ORDER BY m.seq DESC LIMIT ?`);
  const older = db.prepare<[string, number, number], MessageRow>(
    `${selectView} WHERE m.sid = ? AND m.seq < ? ORDER BY m.seq DESC LIMIT ?`,
  );

  const mustGet = (messageId: string) => {
    const row = byId.get(messageId);
    if (!row) throw new Error(`message ${messageId} is not stored`);
    return toMessageView(row);
  };

  // One transaction: the check and the write cannot interleave with another request for the same id.
  const begin = db.transaction((m: NewMessage): BeginSend => {
    const existing = byId.get(m.message_id);
    if (!existing) {
      insert.run({ ...m, sender_id: m.sender_id ?? null, sent_by: m.sent_by ?? null });
      return { state: "started", retry: false, message: mustGet(m.message_id) };
    }
    const message = toMessageView(existing);
    if (existing.sid !== m.sid || existing.content_type !== m.content_type || existing.content !== m.content) {
      return { state: "conflict", message };
    }
    if (existing.status === "sent") return { state: "already_sent", message };
    if (existing.status === "pending") return { state: "in_flight", message };
    rearm.run(m.at, m.message_id);
    return { state: "started", retry: true, message: mustGet(m.message_id) };
  });

  // The outcome and its audit entry commit together: one write per send instead of two.
  const markSent = db.transaction(
    (messageId: string, o: { topRequestId?: string | undefined; topMessageId?: string | undefined; at: number; audit?: AuditEntry | undefined }) => {
      if (o.audit) writeAudit(o.audit);
      sent.run({ messageId, topRequestId: o.topRequestId ?? null, topMessageId: o.topMessageId ?? null, at: o.at });
      const row = byId.get(messageId);
      if (!row) throw new Error(`message ${messageId} is not stored`);
      touch.run(o.at, row.sid);
      const view = toMessageView(row);
      if (view.type !== "MSG_READ" && view.type !== "unreadable") {
        const side = row.sender_type === "1" ? "customer" : "agent";
        inbox.run({ sid: row.sid, preview: previewOf(view), type: view.type, at: row.created_at, side });
      }
      return view;
    },
  );

  return {
    async get(messageId) {
      const row = byId.get(messageId);
      return row ? toMessageView(row) : undefined;
    },
    async beginSend(message) {
      return begin(message);
    },
    async markSent(messageId, outcome) {
      return markSent(messageId, outcome);
    },
    async markFailed(messageId: string, error: ApiErrorBody["error"], at: number, audit?: AuditEntry) {
      const row = failed(JSON.stringify(error), at, messageId, audit);
      if (!row) throw new Error(`message ${messageId} is not stored`);
      return toMessageView(row);
    },
    async listBySession(sid: string, { limit, cursor }: PageRequest): Promise<Page<MessageView>> {
      const [beforeSeq] = decodeCursor(cursor) ?? [];
      const rows = typeof beforeSeq === "number" ? older.all(sid, beforeSeq, limit + 1) : latest.all(sid, limit + 1);
      const page = rows.slice(0, limit);
      const oldest = page.at(-1);
      return {
        items: page.reverse().map(toMessageView),
        nextCursor: rows.length > limit && oldest ? encodeCursor([oldest.seq]) : undefined,
      };
    },
    async failInterrupted(at) {
      const error: ApiErrorBody["error"] = {
        code: "top_unavailable",
        message: "The console restarted while this message was being sent; its delivery is unknown. Retry sends it once.",
      };
      return interrupted.run(JSON.stringify(error), at).changes;
    },
  };
}
