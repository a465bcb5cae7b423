import type { Database } from "better-sqlite3";
import { type SessionTicket, sessionTicketSchema } from "../../../contract/api.ts";
import type { GroupTicketRecord, Store } from "../store.ts";

// Group-visitor tickets the console saved. A case id is one row: saving it again (the agent was warned
// and chose to) records the latest save, its session and the platform's answer, so the session it was
// last saved for lists it with that time.

interface TicketRow {
  case_id: string;
  system_time: string | null;
  request_id: string | null;
  created_at: number;
}

export function createGroupTicketsRepo(db: Database): Pick<Store, "recordGroupTicket" | "groupTicketsOf"> {
  const insert = db.prepare(`INSERT INTO group_tickets (case_id, sid, open_conversation_id, system_time, request_id, created_at)
    VALUES (@case_id, @sid, @open_conversation_id, @system_time, @request_id, @at)
    ON CONFLICT (case_id) DO UPDATE SET sid = excluded.sid, open_conversation_id = excluded.open_conversation_id,
      system_time = excluded.system_time, request_id = excluded.request_id, created_at = excluded.created_at`);
  const ofSession = db.prepare<[string], TicketRow>(
    `SELECT case_id, system_time, request_id, created_at FROM group_tickets WHERE sid = ? ORDER BY created_at DESC, case_id DESC`,
  );
  return {
    async recordGroupTicket(t: GroupTicketRecord) {
      insert.run({ ...t, sid: t.sid ?? null, system_time: t.system_time ?? null, request_id: t.request_id ?? null });
    },
    async groupTicketsOf(sid: string): Promise<SessionTicket[]> {
      // Parsed, not cast: rows are data other versions may have written.
      return ofSession.all(sid).map((row) =>
        sessionTicketSchema.parse({
          case_id: row.case_id,
          system_time: row.system_time ?? undefined,
          request_id: row.request_id ?? undefined,
          saved_at: row.created_at,
        }),
      );
    },
  };
}
