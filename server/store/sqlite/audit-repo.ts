import type { Database } from "better-sqlite3";
import { type AuditEntryView, auditEntrySchema, type AuditQuery } from "../../../contract/board.ts";
import type { AuditEntry, AuditRepo } from "../store.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";

interface AuditRow {
  id: number;
  at: number;
  method: string;
  actor: string;
  sid: string | null;
  outcome: string;
  top_code: string | null;
  msg: string | null;
  sub_code: string | null;
  sub_msg: string | null;
  request_id: string | null;
  address: string | null;
  detail: string | null;
  latency_ms: number;
  attempts: number;
}

const toView = (row: AuditRow): AuditEntryView =>
  auditEntrySchema.parse({
    ...row,
    sid: row.sid ?? undefined,
    top_code: row.top_code ?? undefined,
    msg: row.msg ?? undefined,
    sub_code: row.sub_code ?? undefined,
    sub_msg: row.sub_msg ?? undefined,
    request_id: row.request_id ?? undefined,
    address: row.address ?? undefined,
    detail: row.detail ?? undefined,
  });

/** A synchronous audit insert, so other repos can write an entry inside their own transaction. */
export function createAuditWriter(db: Database): (entry: AuditEntry) => void {
  const insert = db.prepare(`INSERT INTO top_calls (at, method, actor, sid, outcome, top_code, msg, sub_code, sub_msg, request_id, latency_ms, attempts, address, detail)
    VALUES (@at, @method, @actor, @sid, @outcome, @top_code, @msg, @sub_code, @sub_msg, @request_id, @latency_ms, @attempts, @address, @detail)`);
  return (e) => {
    insert.run({
      ...e,
      sid: e.sid ?? null,
      top_code: e.top_code ?? null,
      msg: e.msg ?? null,
      sub_code: e.sub_code ?? null,
      sub_msg: e.sub_msg ?? null,
      request_id: e.request_id ?? null,
      address: e.address ?? null,
      detail: e.detail ?? null,
    });
  };
}

export function createAuditRepo(db: Database, write: (entry: AuditEntry) => void): AuditRepo {
  return {
    async record(e: AuditEntry) {
      write(e);
    },
    async list(query: AuditQuery) {
      const clauses: string[] = [];
      const params: Record<string, string | number> = { limit: query.limit + 1 };
      for (const key of ["sid", "actor", "method", "outcome"] as const) {
        const value = query[key];
        if (value !== undefined) {
          clauses.push(`${key} = @${key}`);
          params[key] = value;
        }
      }
      const [beforeId] = decodeCursor(query.cursor) ?? [];
      if (typeof beforeId === "number") {
        clauses.push("id < @beforeId");
        params.beforeId = beforeId;
      }
      const where = clauses.length ? `WHERE ${clauses.join(" AND ")}` : "";
      const rows = db.prepare<Record<string, string | number>, AuditRow>(`SELECT * FROM top_calls ${where} ORDER BY id DESC LIMIT @limit`).all(params);
      const items = rows.slice(0, query.limit).map(toView);
      const last = items.at(-1);
      return { items, nextCursor: rows.length > query.limit && last ? encodeCursor([last.id]) : undefined };
    },
  };
}
