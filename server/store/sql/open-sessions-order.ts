import { type RawBuilder, sql } from "kysely";
import type { BoardSort } from "../../../contract/board.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import type { Db } from "./database.ts";

// The board's order, as ORDER BY terms and a keyset condition for the next page. Every order ends in
// last activity and sid, so rows tied on a column (one agent's sessions) come longest idle first and
// the order is total. A cursor names the sort and the last row's sid; the row's keys are read again
// when the next page is asked for, which keeps cursors short whatever a customer's nickname is.

interface Term {
  expr: string;
  desc: boolean;
}

const columnExpr = {
  customer: "COALESCE(channel_nick, channel_uid)",
  channel: "channel",
  agent: "agent",
  source: "session_source",
} as const;

export function orderTerms({ sort, dir }: BoardSort): Term[] {
  // Longest idle first is the oldest last activity first.
  const oldestFirst = sort === "idle" ? dir === "desc" : sort === "last_activity" ? dir === "asc" : true;
  const tail: Term[] = [
    { expr: "last_activity_at", desc: !oldestFirst },
    { expr: "sid", desc: !oldestFirst },
  ];
  if (sort === "idle" || sort === "last_activity") return tail;
  return [{ expr: columnExpr[sort], desc: dir === "desc" }, ...tail];
}

export function orderBy(terms: readonly Term[]): RawBuilder<unknown> {
  return sql.raw(terms.map((t) => `${t.expr} ${t.desc ? "DESC" : "ASC"}`).join(", "));
}

export function encodeOrderCursor({ sort, dir }: BoardSort, sid: string): string {
  return encodeCursor([sort, dir, sid]);
}

/**
 * "After the cursor's row" with bound parameters: (a > x) OR (a = x AND ((b > y) OR (b = y AND …))),
 * written out rather than as a row value so each term keeps its own direction. Undefined for no cursor,
 * a cursor of another order, or a row that no longer exists: the first page.
 */
export async function afterCursor(db: Db, sort: BoardSort, cursor: string | undefined): Promise<RawBuilder<unknown> | undefined> {
  const [cursorSort, cursorDir, sid] = decodeCursor(cursor) ?? [];
  if (cursorSort !== sort.sort || cursorDir !== sort.dir || typeof sid !== "string") return undefined;
  const terms = orderTerms(sort);
  const keys = sql.raw(terms.map((t, i) => `${t.expr} AS k${i}`).join(", "));
  const { rows } = await sql<Record<string, string | number>>`SELECT ${keys} FROM sessions WHERE sid = ${sid}`.execute(db);
  const row = rows[0];
  if (!row) return undefined;
  let condition: RawBuilder<unknown> | undefined;
  for (let i = terms.length - 1; i >= 0; i--) {
    const term = terms[i];
    const value = row[`k${i}`];
    if (!term || value === undefined) return undefined;
    const expr = sql.raw(term.expr);
    const beyond = sql`${expr} ${sql.raw(term.desc ? "<" : ">")} ${value}`;
    condition = condition ? sql`(${beyond} OR (${expr} = ${value} AND ${condition}))` : sql`(${beyond})`;
  }
  return condition;
}
