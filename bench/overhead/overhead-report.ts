import { passMark, table } from "../lib/markdown.ts";
import type { Measured } from "./measure.ts";
import { type OverheadResult, targets } from "./overhead.ts";
import { targetLabels, targetNames } from "./store-targets.ts";

// RESULTS.md section of the overhead suite.

function row(name: string, m: Measured): Array<string | number> {
  const cpu = Object.entries(m.cpuUsPerRequest).map(([process, us]) => `${process} ${us}`);
  const total = Object.values(m.cpuUsPerRequest).reduce((sum, us) => sum + us, 0);
  return [name, m.rps, m.latencyMs.p50, m.latencyMs.p99, m.ok, m.failed, cpu.join(", ") || "n/a", total || "n/a"];
}

const header = ["target", "req/s", "p50 ms", "p99 ms", "sent", "failed", "server CPU µs / request", "total"];
const rows = (runs: OverheadResult["saturation"]) => targetNames.map((name) => row(targetLabels[name], runs[name]));

export function renderOverhead(r: OverheadResult): string {
  const { sqlite, postgres } = r.verdict;
  const best = (runs: number) => (runs > 1 ? `; the least disturbed of ${runs} alternating runs each` : "");
  const parts = [
    `message.send with ${r.connections} connections over ${r.sessions} sessions, every request a new message_id; ` +
      `each BFF runs as its own process (log level ${r.bffLogLevel}) against the standalone sandbox, one on a SQLite file store, ` +
      "one on PostgreSQL (a local throwaway cluster on loopback, fsync off: the CPU of its processes is the `postgres` figure).",
    `**Saturation** (autocannon, ${r.saturation.direct.seconds} s per run, as fast as the target answers${best(r.rounds)}):`,
    table(header, rows(r.saturation)),
    `**Fixed rate** (${r.fixedRate.direct.rate ?? "?"} req/s evenly paced on all three, a quarter of the slowest one's throughput, so none queues; ` +
      `latency from each request's due time${best(r.rounds + 1)}):`,
    table(header, rows(r.fixedRate)),
    "**Targets** (the BFF against the sandbox direct):",
    table(
      ["target", "SQLite", "PostgreSQL"],
      [
        [`BFF adds ≤ ${targets.addedP50Ms} ms at p50 (fixed rate)`, `${sqlite.addedP50Ms} ms ${passMark(sqlite.p50Holds)}`, `${postgres.addedP50Ms} ms ${passMark(postgres.p50Holds)}`],
        [`BFF adds ≤ ${targets.addedP99Ms} ms at p99 (fixed rate)`, `${sqlite.addedP99Ms} ms ${passMark(sqlite.p99Holds)}`, `${postgres.addedP99Ms} ms ${passMark(postgres.p99Holds)}`],
        [
          `BFF holds ≥ ${targets.minThroughputRatio} × the sandbox's throughput`,
          `${sqlite.throughputRatio} × ${passMark(sqlite.throughputHolds)}`,
          `${postgres.throughputRatio} × ${passMark(postgres.throughputHolds)}`,
        ],
      ],
    ),
  ];
  if (r.profile) {
    const { sqlite: onSqlite, postgres: onPostgres } = r.profile;
    parts.push(
      `**Where the BFF's CPU goes** under saturation (V8 sampling profiles, ${onSqlite.busyMs} ms of busy CPU on SQLite, ` +
        `${onPostgres.busyMs} ms on PostgreSQL; a step's share includes what it calls):`,
      table(
        ["step of a send", "% of BFF CPU, SQLite", "% of BFF CPU, PostgreSQL"],
        onSqlite.stages.map((st, i) => [st.stage, st.onStackPercent, onPostgres.stages[i]?.onStackPercent ?? "n/a"]),
      ),
    );
    for (const [store, profile] of [["SQLite", onSqlite], ["PostgreSQL", onPostgres]] as const) {
      parts.push(
        `On ${store}, by area and hottest function (self = in that code, on stack = that code anywhere on the stack, native calls counted for their caller):`,
        table(
          ["area", "self %", "on stack %"],
          profile.areas.map((a) => [a.area, a.selfPercent, a.onStackPercent]),
        ),
        table(
          ["hottest functions (self)", "area", "self %"],
          profile.functions.map((f) => [`\`${f.name}\``, f.area, f.selfPercent]),
        ),
      );
    }
  }
  return parts.join("\n\n");
}
