import { CompiledQuery, type Kysely } from "kysely";
import type { Database } from "../../server/store/sql/database.ts";
import { oneLine, type Plan } from "./query-plan.ts";
import type { Executed } from "./scale-engine.ts";

// PostgreSQL's EXPLAIN (ANALYZE, BUFFERS) of a statement a repo ran, with its own parameters: the plan
// it chose, with estimated and actual rows, time per node and pages read (all reads here, so running
// them is harmless), in the same words as SQLite's plans (./query-plan.ts).

const indexNode = /(?:^|->\s+)(?:Index Scan|Index Only Scan)(?: Backward)? using /;
// A Seq Scan of a table that stays small (users: a page for fifty agents) is how PostgreSQL reads a
// tiny table, cheaper than an index; only one of the tables that grow with traffic is a table scan.
const growingTableScan = /(?:^|->\s+)(?:Parallel )?Seq Scan on (?:sessions|messages|session_search_terms)\b/;

export async function explainPostgres(db: Kysely<Database>, executed: Executed): Promise<Plan> {
  const result = await db.executeQuery<{ "QUERY PLAN": string }>(CompiledQuery.raw(`EXPLAIN (ANALYZE, BUFFERS) ${executed.sql}`, [...executed.params]));
  return { sql: oneLine(executed.sql), ...classifyPostgresPlan(result.rows.map((row) => row["QUERY PLAN"])) };
}

/** EXPLAIN's text lines, and what they say in ./query-plan.ts's words. */
export function classifyPostgresPlan(plan: string[]): Omit<Plan, "sql"> {
  const nodes = plan.map((line) => line.trim());
  return {
    plan,
    access: nodes.some((line) => growingTableScan.test(line))
      ? "table scan"
      : orderedIndexScan(nodes)
        ? "index-ordered scan"
        : "index search",
    sort: nodes.some((line) => /(?:^|->\s+)Sort {2}\(/.test(line))
      ? "full"
      : nodes.some((line) => /(?:^|->\s+)Incremental Sort {2}\(/.test(line))
        ? "partial"
        : "none",
  };
}

/** Whether an index node has no Index Cond: it reads the index in order for its ORDER BY, narrowing nothing. */
function orderedIndexScan(lines: string[]): boolean {
  let open = false; // an index node whose own lines have shown no Index Cond yet
  for (const [i, line] of lines.entries()) {
    if (i === 0 || line.startsWith("->")) {
      if (open) return true;
      open = indexNode.test(line);
    } else if (line.startsWith("Index Cond:")) {
      open = false;
    }
  }
  return open;
}
