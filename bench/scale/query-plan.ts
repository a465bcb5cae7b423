import type { Database } from "better-sqlite3";
import { z } from "zod";
import type { Executed } from "./scale-engine.ts";

// A statement's plan in words both engines share: how its rows are found ("index search": the
// index's search key narrows them; "index-ordered scan": an index is read in order, stopping at the
// LIMIT unless a filter the index does not cover rejects most rows, which only the timing shows;
// "table scan": every row is read), and whether it sorts ("full": every matching row is read before
// the first is returned; "partial": only rows that tie on the indexed terms are sorted).

export const accessKinds = ["index search", "index-ordered scan", "table scan"] as const;

export const planSchema = z.object({
  sql: z.string(),
  /** The engine's own plan, as text: EXPLAIN QUERY PLAN (SQLite), EXPLAIN (ANALYZE, BUFFERS) (PostgreSQL). */
  plan: z.array(z.string()),
  access: z.enum(accessKinds),
  sort: z.enum(["none", "partial", "full"]),
});
export type Plan = z.infer<typeof planSchema>;

export const oneLine = (sql: string) => sql.replace(/\s+/g, " ").trim();

interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

/** SQLite's EXPLAIN QUERY PLAN of a statement a repo ran, with its own parameters. */
export function explainSqlite(db: Database, executed: Executed): Plan {
  const rows = db.prepare<unknown[], PlanRow>(`EXPLAIN QUERY PLAN ${executed.sql}`).all(...executed.params);
  const depth = new Map<number, number>([[0, 0]]);
  const plan = rows.map((row) => {
    const level = (depth.get(row.parent) ?? 0) + 1;
    depth.set(row.id, level);
    return `${"  ".repeat(level - 1)}${row.detail}`;
  });
  // Reading a subquery's own result (CO-ROUTINE/MATERIALIZE x, then SCAN x) is not a table scan.
  const subqueries = new Set(rows.map((r) => /^(?:CO-ROUTINE|MATERIALIZE) (.+)$/.exec(r.detail)?.[1]).filter((name) => name !== undefined));
  const scans = rows.filter((r) => /^SCAN (?!CONSTANT ROW)/.test(r.detail) && !subqueries.has(r.detail.slice(5).trim()));
  return {
    sql: oneLine(executed.sql),
    plan,
    access: scans.some((r) => !/USING (COVERING )?INDEX|PRIMARY KEY/.test(r.detail))
      ? "table scan"
      : scans.length > 0
        ? "index-ordered scan"
        : "index search",
    sort: rows.some((r) => /USE TEMP B-TREE FOR (ORDER|GROUP) BY/.test(r.detail))
      ? "full"
      : rows.some((r) => r.detail.includes("USE TEMP B-TREE"))
        ? "partial"
        : "none",
  };
}
