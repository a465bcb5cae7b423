import { sql } from "kysely";
import type { MessageView } from "../../../contract/api.ts";
import type { ApiErrorBody } from "../../../contract/errors.ts";
import { previewOf } from "../../messages/preview.ts";
import type { BeginSend, MessagesRepo, Page, PageRequest } from "../store.ts";
import type { AuditWriter } from "./audit-repo.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import type { Db, Engine } from "./database.ts";
import { type MessageRow, toMessageView } from "./message-row.ts";
import { larger } from "./session-row.ts";

// Every read joins the sender's account for its current display name (a left join: customers' rows and
// rows from before migration 9 have no sent_by; an account that no longer exists keeps its username).
const rows = (db: Db) =>
  db
    .selectFrom("messages as m")
    // NOCASE as users.username compares (PostgreSQL will not pick between it and sent_by's collation).
    .leftJoin("users as u", (join) => join.on(sql<boolean>`u.username = m.sent_by COLLATE NOCASE`))
    .selectAll("m")
    .select("u.display_name as sent_by_name");

const byId = async (db: Db, messageId: string): Promise<MessageRow | undefined> => rows(db).where("m.message_id", "=", messageId).executeTakeFirst();

async function mustGet(db: Db, messageId: string): Promise<MessageRow> {
  const row = await byId(db, messageId);
  if (!row) throw new Error(`message ${messageId} is not stored`);
  return row;
}

export function createMessagesRepo(db: Db, engine: Engine, writeAudit: AuditWriter): MessagesRepo {
  return {
    async get(messageId) {
      const row = await byId(db, messageId);
      return row ? toMessageView(row) : undefined;
    },
    // Written so that two requests with one message_id cannot both start it, on either engine: the
    // insert skips an existing id (PostgreSQL makes the second wait for the first's commit), and a
    // failed message is re-armed only while it is still failed.
    async beginSend(m, sender): Promise<BeginSend> {
      const instance = sender?.instance ?? null;
      return db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto("messages")
          .values({
            message_id: m.message_id,
            sid: m.sid,
            content_type: m.content_type,
            content: m.content,
            payload_json: m.payload_json,
            sender_type: m.sender_type,
            sender_id: m.sender_id ?? null,
            sent_by: m.sent_by ?? null,
            status: "pending",
            sending_instance: instance,
            created_at: m.at,
            updated_at: m.at,
          })
          .onConflict((oc) => oc.column("message_id").doNothing())
          .returning("seq")
          .executeTakeFirst();
        if (inserted) return { state: "started", retry: false, message: toMessageView(await mustGet(trx, m.message_id)) };
        const existing = await mustGet(trx, m.message_id);
        const message = toMessageView(existing);
        if (existing.sid !== m.sid || existing.content_type !== m.content_type || existing.content !== m.content) return { state: "conflict", message };
        if (existing.status === "sent") return { state: "already_sent", message };
        const stale = sender !== undefined && existing.updated_at < sender.staleBefore;
        if (existing.status === "pending" && !stale) return { state: "in_flight", message };
        // Conditional, so of two retries at once only one re-arms it (the other finds it in flight).
        const rearmed = await trx
          .updateTable("messages")
          .set({ status: "pending", error_json: null, updated_at: m.at, sending_instance: instance })
          .where("message_id", "=", m.message_id)
          .where((eb) => eb.or([eb("status", "=", "failed"), eb.and([eb("status", "=", "pending"), eb("updated_at", "=", existing.updated_at)])]))
          .executeTakeFirst();
        if (rearmed.numUpdatedRows === 0n) return { state: "in_flight", message: toMessageView(await mustGet(trx, m.message_id)) };
        return { state: "started", retry: true, message: toMessageView(await mustGet(trx, m.message_id)) };
      });
    },
    // The outcome and its audit entry commit together: one write per send instead of two.
    async markSent(messageId, o) {
      return db.transaction().execute(async (trx) => {
        if (o.audit) await writeAudit(trx, o.audit);
        await trx
          .updateTable("messages")
          .set({ status: "sent", error_json: null, top_request_id: o.topRequestId ?? null, top_message_id: o.topMessageId ?? null, updated_at: o.at })
          .where("message_id", "=", messageId)
          .execute();
        const row = await mustGet(trx, messageId);
        await sql`UPDATE sessions SET last_activity_at = ${sql.raw(larger(engine))}(last_activity_at, ${o.at}) WHERE sid = ${row.sid}`.execute(trx);
        const view = toMessageView(row);
        // The inbox fields follow each delivered message: a customer's adds one unread and starts the wait
        // (if nobody waits yet); an agent's answers the wait. Read receipts (MSG_READ) are not messages here.
        if (view.type !== "MSG_READ" && view.type !== "unreadable") {
          const customer = row.sender_type === "1";
          await trx
            .updateTable("sessions")
            .set((eb) => ({
              last_preview: previewOf(view),
              last_type: view.type,
              last_at: row.created_at,
              last_side: customer ? "customer" : "agent",
              unread_count: eb("unread_count", "+", customer ? 1 : 0),
              waiting_since: customer ? eb.fn.coalesce("waiting_since", eb.val(row.created_at)) : null,
            }))
            .where("sid", "=", row.sid)
            .execute();
        }
        return view;
      });
    },
    async markFailed(messageId: string, error: ApiErrorBody["error"], at: number, audit) {
      return db.transaction().execute(async (trx) => {
        if (audit) await writeAudit(trx, audit);
        await trx.updateTable("messages").set({ status: "failed", error_json: JSON.stringify(error), updated_at: at }).where("message_id", "=", messageId).execute();
        // Updated, then read back through the join (RETURNING cannot join the sender's account).
        return toMessageView(await mustGet(trx, messageId));
      });
    },
    async listBySession(sid: string, { limit, cursor }: PageRequest): Promise<Page<MessageView>> {
      const [beforeSeq] = decodeCursor(cursor) ?? [];
      let query = rows(db).where("m.sid", "=", sid);
      if (typeof beforeSeq === "number") query = query.where("m.seq", "<", beforeSeq);
      const found = await query.orderBy("m.seq", "desc").limit(limit + 1).execute();
      const page = found.slice(0, limit);
      const oldest = page.at(-1);
      return {
        items: page.reverse().map(toMessageView),
        nextCursor: found.length > limit && oldest ? encodeCursor([oldest.seq]) : undefined,
      };
    },
    async failInterrupted(at, { startedBefore, instance }) {
      const error: ApiErrorBody["error"] = {
        code: "top_unavailable",
        message: "The console restarted while this message was being sent; its delivery is unknown. Retry sends it once.",
      };
      const failed = await db
        .updateTable("messages")
        .set({ status: "failed", error_json: JSON.stringify(error), updated_at: at, sending_instance: null })
        .where("status", "=", "pending")
        .where((eb) => (instance === undefined ? eb("updated_at", "<", startedBefore) : eb.or([eb("updated_at", "<", startedBefore), eb("sending_instance", "=", instance)])))
        .returning("message_id")
        .execute();
      return Promise.all(failed.map(async (row) => toMessageView(await mustGet(db, row.message_id))));
    },
  };
}
