import type { Database } from "better-sqlite3";
import type { BoardSort } from "../../../contract/board.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";

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

export function orderBy(terms: readonly Term[]): string {
  return terms.map((t) => `${t.expr} ${t.desc ? "DESC" : "ASC"}`).join(", ");
}

export function encodeOrderCursor({ sort, dir }: BoardSort, sid: string): string {
  return encodeCursor([sort, dir, sid]);
}

/**
 * "After the cursor's row" as SQL with bound parameters: (a > x) OR (a = x AND ((b > y) OR (b = y AND …))),
 * written out rather than as a row value so each term keeps its own direction. Undefined for no cursor,
 * a cursor of another order, or a row that no longer exists: the first page.
 */
export function afterCursor(db: Database, sort: BoardSort, cursor: string | undefined): { sql: string; params: Record<string, string | number> } | undefined {
  const [cursorSort, cursorDir, sid] = decodeCursor(cursor) ?? [];
  if (cursorSort !== sort.sort || cursorDir !== sort.dir || typeof sid !== "string") return undefined;
  const terms = orderTerms(sort);
  const row = db
    .prepare<[string], Record<string, string | number>>(`SELECT ${terms.map((t, i) => `${t.expr} AS k${i}`).join(", ")} FROM sessions WHERE sid = ?`)
    .get(sid);
  if (!row) return undefined;
  const params: Record<string, string | number> = {};
  let sql = "";
  for (let i = terms.length - 1; i >= 0; i--) {
    const term = terms[i];
    const value = row[`k${i}`];
    if (!term || value === undefined) return undefined;
    params[`after${i}`] = value;
    const beyond = `${term.expr} ${term.desc ? "<" : ">"} @after${i}`;
    sql = sql ? `(${beyond} OR (${term.expr} = @after${i} AND ${sql}))` : `(${beyond})`;
  }
  return { sql, params };
}
