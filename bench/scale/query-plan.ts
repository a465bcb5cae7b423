import type { Database } from "better-sqlite3";
import { z } from "zod";
import type { Executed } from "./traced-db.ts";

// EXPLAIN QUERY PLAN of a statement a repo ran, with its own parameters, and what does not scale: a
// full table scan, and sorting in a temporary b-tree instead of reading in index order ("full": every
// matching row is read before the first is returned; "partial": only rows that tie on the indexed
// terms are sorted). An index-ordered SCAN … USING INDEX stops at the LIMIT, unless a filter the
// index does not cover rejects most rows: only the timing shows that.

export const planSchema = z.object({
  sql: z.string(),
  plan: z.array(z.string()),
  fullScan: z.boolean(),
  sort: z.enum(["none", "partial", "full"]),
});
export type Plan = z.infer<typeof planSchema>;

interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

export function explain(db: Database, executed: Executed): Plan {
  const rows = db.prepare<unknown[], PlanRow>(`EXPLAIN QUERY PLAN ${executed.sql}`).all(...executed.params);
  const depth = new Map<number, number>([[0, 0]]);
  const plan = rows.map((row) => {
    const level = (depth.get(row.parent) ?? 0) + 1;
    depth.set(row.id, level);
    return `${"  ".repeat(level - 1)}${row.detail}`;
  });
  // Reading a subquery's own result (CO-ROUTINE/MATERIALIZE x, then SCAN x) is not a table scan.
  const subqueries = new Set(rows.map((r) => /^(?:CO-ROUTINE|MATERIALIZE) (.+)$/.exec(r.detail)?.[1]).filter((name) => name !== undefined));
  return {
    sql: executed.sql.replace(/\s+/g, " ").trim(),
    plan,
    fullScan: rows.some(
      (r) => /^SCAN (?!CONSTANT ROW)/.test(r.detail) && !/USING (COVERING )?INDEX|PRIMARY KEY/.test(r.detail) && !subqueries.has(r.detail.slice(5).trim()),
    ),
    sort: rows.some((r) => /USE TEMP B-TREE FOR (ORDER|GROUP) BY/.test(r.detail))
      ? "full"
      : rows.some((r) => r.detail.includes("USE TEMP B-TREE"))
        ? "partial"
        : "none",
  };
}
