import type { AuditEntry, GroupTicketRecord, Store } from "../store.ts";
import { createMessagesRepo } from "./messages-repo.ts";
import { openDatabase } from "./open-database.ts";
import { createSessionsRepo } from "./sessions-repo.ts";

/** The default store: one SQLite file under dataDir (or in memory for tests). */
export function createSqliteStore(dataDir: string): Store {
  const db = openDatabase(dataDir);
  const insertTicket = db.prepare(`INSERT INTO group_tickets (case_id, sid, open_conversation_id, system_time, request_id, created_at)
    VALUES (@case_id, @sid, @open_conversation_id, @system_time, @request_id, @at)
    ON CONFLICT (case_id) DO UPDATE SET system_time = excluded.system_time, request_id = excluded.request_id`);
  const insertCall = db.prepare(`INSERT INTO top_calls (at, method, actor, sid, outcome, top_code, sub_code, request_id, latency_ms, attempts)
    VALUES (@at, @method, @actor, @sid, @outcome, @top_code, @sub_code, @request_id, @latency_ms, @attempts)`);
  return {
    sessions: createSessionsRepo(db),
    messages: createMessagesRepo(db),
    async recordGroupTicket(t: GroupTicketRecord) {
      insertTicket.run({ ...t, sid: t.sid ?? null, system_time: t.system_time ?? null, request_id: t.request_id ?? null });
    },
    async recordTopCall(e: AuditEntry) {
      insertCall.run({
        ...e,
        sid: e.sid ?? null,
        top_code: e.top_code ?? null,
        sub_code: e.sub_code ?? null,
        request_id: e.request_id ?? null,
      });
    },
    close() {
      db.close();
    },
  };
}
