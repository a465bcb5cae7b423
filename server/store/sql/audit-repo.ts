import { type AuditEntryView, auditEntrySchema, type AuditQuery } from "../../../contract/board.ts";
import type { AuditEntry, AuditRepo } from "../store.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import type { Db } from "./database.ts";

/**
 * Writes one audit entry with the connection it is given. Repos pass their own transaction, so an
 * outcome and the entry that records it commit together or not at all.
 */
export type AuditWriter = (db: Db, entry: AuditEntry) => Promise<void>;

export const writeAudit: AuditWriter = async (db, e) => {
  await db
    .insertInto("top_calls")
    .values({
      at: e.at,
      method: e.method,
      actor: e.actor,
      sid: e.sid ?? null,
      outcome: e.outcome,
      top_code: e.top_code ?? null,
      msg: e.msg ?? null,
      sub_code: e.sub_code ?? null,
      sub_msg: e.sub_msg ?? null,
      request_id: e.request_id ?? null,
      address: e.address ?? null,
      detail: e.detail ?? null,
      latency_ms: e.latency_ms,
      attempts: e.attempts,
    })
    .execute();
};

const auditColumns = [
  "id", "at", "method", "actor", "sid", "outcome", "top_code", "msg", "sub_code", "sub_msg", "request_id", "address", "detail",
  "latency_ms", "attempts",
] as const;

export function createAuditRepo(db: Db, write: AuditWriter = writeAudit): AuditRepo {
  return {
    async record(entry) {
      await write(db, entry);
    },
    async list(query: AuditQuery) {
      let select = db.selectFrom("top_calls").select(auditColumns);
      for (const key of ["sid", "actor", "method", "outcome"] as const) {
        const value = query[key];
        if (value !== undefined) select = select.where(key, "=", value);
      }
      const [beforeId] = decodeCursor(query.cursor) ?? [];
      if (typeof beforeId === "number") select = select.where("id", "<", beforeId);
      const rows = await select.orderBy("id", "desc").limit(query.limit + 1).execute();
      // Parsed, not cast: rows are data other versions may have written (and NULL is "absent" in the API).
      const items: AuditEntryView[] = rows.slice(0, query.limit).map((row) =>
        auditEntrySchema.parse(Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null))),
      );
      const last = items.at(-1);
      return { items, nextCursor: rows.length > query.limit && last ? encodeCursor([last.id]) : undefined };
    },
  };
}
