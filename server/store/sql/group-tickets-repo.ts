import { type SessionTicket, sessionTicketSchema } from "../../../contract/api.ts";
import type { GroupTicketRecord, Store } from "../store.ts";
import type { Db } from "./database.ts";

// Group-visitor tickets the console saved. A case id is one row: saving it again (the agent was warned
// and chose to) records the latest save, its session and the platform's answer, so the session it was
// last saved for lists it with that time.

export function createGroupTicketsRepo(db: Db): Pick<Store, "recordGroupTicket" | "groupTicketsOf"> {
  return {
    async recordGroupTicket(t: GroupTicketRecord) {
      await db
        .insertInto("group_tickets")
        .values({
          case_id: t.case_id,
          sid: t.sid ?? null,
          open_conversation_id: t.open_conversation_id,
          system_time: t.system_time ?? null,
          request_id: t.request_id ?? null,
          created_at: t.at,
        })
        .onConflict((oc) =>
          oc.column("case_id").doUpdateSet((eb) => ({
            sid: eb.ref("excluded.sid"),
            open_conversation_id: eb.ref("excluded.open_conversation_id"),
            system_time: eb.ref("excluded.system_time"),
            request_id: eb.ref("excluded.request_id"),
            created_at: eb.ref("excluded.created_at"),
          })),
        )
        .execute();
    },
    async groupTicketsOf(sid: string): Promise<SessionTicket[]> {
      const rows = await db
        .selectFrom("group_tickets")
        .select(["case_id", "system_time", "request_id", "created_at"])
        .where("sid", "=", sid)
        .orderBy("created_at", "desc")
        .orderBy("case_id", "desc")
        .execute();
      // Parsed, not cast: rows are data other versions may have written.
      return rows.map((row) =>
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
