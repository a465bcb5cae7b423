import { passMark, table } from "../lib/markdown.ts";
import type { ScaleResult } from "./scale.ts";

// RESULTS.md section of the scale suite.

export function renderScale(r: ScaleResult): string {
  const d = r.dataset;
  const n = (value: number) => value.toLocaleString("en-US");
  const scaled = d.scaledDown
    ? ` **Scaled down**: the target was ${n(r.target.sessions)} sessions and ${n(r.target.messages)} messages, the 60 s build budget ran out first.`
    : "";
  const access = (plans: ScaleResult["cases"][number]["plans"]) => {
    const how = plans.some((p) => p.fullScan) ? "table scan" : plans.some((p) => /^\s*SCAN /m.test(p.plan.join("\n"))) ? "index-ordered scan" : "index search";
    const sort = plans.some((p) => p.sort === "full") ? ", sorts every match" : plans.some((p) => p.sort === "partial") ? ", sorts ties" : "";
    return how + sort;
  };
  return [
    `SQLite file built with the repo's migrations: ${n(d.sessions)} sessions, ${n(d.messages)} messages ` +
      `(one conversation of ${n(d.hotSessionMessages)}), built in ${d.buildSeconds} s${d.searchTermsSeconds === undefined ? "" : ` (+ ${d.searchTermsSeconds} s writing every session's search terms, as migration 10 does)`}, ${d.fileMB} MB.${scaled} ` +
      "Each row is a repo method (SQL plus mapping rows to views), called repeatedly on a warm cache. " +
      `Budget: p50 ≤ ${r.budgetMs} ms, because better-sqlite3 is synchronous: while a read runs, the BFF answers no one.`,
    table(
      ["read", "rows", "p50 ms", "p99 ms", "access (EXPLAIN QUERY PLAN)", "budget"],
      r.cases.map((c) => [c.name, c.rows, c.p50Ms, c.p99Ms, access(c.plans), passMark(c.p50Ms <= r.budgetMs)]),
    ),
    "<details><summary>Query plans</summary>\n\n" +
      r.cases
        .map((c) => `**${c.name}**\n\n${c.plans.map((p) => `\`\`\`sql\n${p.sql}\n\`\`\`\n\`\`\`\n${p.plan.join("\n")}\n\`\`\``).join("\n\n")}`)
        .join("\n\n") +
      "\n\n</details>",
  ].join("\n\n");
}
