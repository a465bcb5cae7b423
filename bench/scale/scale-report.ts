import { passMark, table } from "../lib/markdown.ts";
import type { Plan } from "./query-plan.ts";
import type { EngineResult, ScaleResult } from "./scale.ts";

// RESULTS.md section of the scale suite: the two engines side by side, then every plan.

const n = (value: number) => value.toLocaleString("en-US");

function access(plans: Plan[]): string {
  const how = plans.some((p) => p.access === "table scan") ? "table scan" : plans.some((p) => p.access === "index-ordered scan") ? "index-ordered scan" : "index search";
  const sort = plans.some((p) => p.sort === "full") ? ", sorts every match" : plans.some((p) => p.sort === "partial") ? ", sorts ties" : "";
  return how + sort;
}

function dataset(name: string, r: ScaleResult, e: EngineResult, settle: string): string {
  const d = e.dataset;
  const scaled = d.scaledDown
    ? ` **Scaled down**: the target was ${n(r.target.sessions)} sessions and ${n(r.target.messages)} messages, the ${r.buildBudgetSeconds} s build budget ran out first.`
    : "";
  return `**${name}**: ${n(d.sessions)} sessions, ${n(d.messages)} messages (one conversation of ${n(d.hotSessionMessages)}), built with every session's search terms in ${d.buildSeconds} s, ${settle} ${d.settleSeconds} s; ${d.sizeMB} MB.${scaled}`;
}

function plans(name: string, e: EngineResult): string {
  const body = e.cases
    .map((c) => `**${c.name}**\n\n${c.plans.map((p) => `\`\`\`sql\n${p.sql}\n\`\`\`\n\`\`\`\n${p.plan.join("\n")}\n\`\`\``).join("\n\n")}`)
    .join("\n\n");
  return `<details><summary>${name} query plans</summary>\n\n${body}\n\n</details>`;
}

export function renderScale(r: ScaleResult): string {
  const budget = (ms: number) => passMark(ms <= r.budgetMs);
  return [
    "The same dataset in each engine, built with the repo's migrations: " +
      "SQLite a file (no ANALYZE, as the BFF never runs it); PostgreSQL a local throwaway cluster on loopback (fsync off, shared_buffers 32 MB), " +
      "loaded as a bulk load is (foreign keys unchecked, secondary indexes built afterwards), then VACUUM (ANALYZE) as autovacuum would do.",
    dataset("SQLite", r, r.sqlite, "WAL checkpoint"),
    dataset("PostgreSQL", r, r.postgres, "secondary indexes built after the load and VACUUM (ANALYZE) in"),
    "Each row is a repo method (SQL plus mapping rows to views), called repeatedly on a warm cache; milliseconds. " +
      `Budget: p50 ≤ ${r.budgetMs} ms, because better-sqlite3 is synchronous: while a read runs, the BFF answers no one ` +
      "(PostgreSQL's reads do not block the BFF, but a slow one holds a pooled connection). " +
      "Access: how the plan finds its rows (EXPLAIN QUERY PLAN on SQLite, EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL).",
    table(
      ["read", "rows", "SQLite p50", "p99", "access", "budget", "PostgreSQL p50", "p99", "access", "budget"],
      r.sqlite.cases.map((c) => {
        const pg = r.postgres.cases.find((other) => other.name === c.name);
        const pgCells = pg ? [pg.p50Ms, pg.p99Ms, access(pg.plans), budget(pg.p50Ms)] : ["n/a", "n/a", "n/a", "n/a"];
        return [c.name, pg && pg.rows !== c.rows ? `${c.rows} / ${pg.rows}` : c.rows, c.p50Ms, c.p99Ms, access(c.plans), budget(c.p50Ms), ...pgCells];
      }),
    ),
    plans("SQLite", r.sqlite),
    plans("PostgreSQL", r.postgres),
  ].join("\n\n");
}
