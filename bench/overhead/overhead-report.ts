import { passMark, table } from "../lib/markdown.ts";
import type { Measured } from "./measure.ts";
import { type OverheadResult, targets } from "./overhead.ts";

// RESULTS.md section of the overhead suite.

function row(name: string, m: Measured): Array<string | number> {
  const cpu = Object.entries(m.cpuUsPerRequest).map(([process, us]) => `${process} ${us}`);
  return [name, m.rps, m.latencyMs.p50, m.latencyMs.p99, m.ok, m.failed, cpu.join(", ") || "n/a"];
}

const header = ["target", "req/s", "p50 ms", "p99 ms", "sent", "failed", "server CPU µs / request"];

export function renderOverhead(r: OverheadResult): string {
  const v = r.verdict;
  const best = (runs: number) => (runs > 1 ? `; the least disturbed of ${runs} alternating runs each` : "");
  const parts = [
    `message.send with ${r.connections} connections over ${r.sessions} sessions, every request a new message_id; ` +
      `the BFF runs as its own process (log level ${r.bffLogLevel}, SQLite file store) against the standalone sandbox.`,
    `**Saturation** (autocannon, ${r.saturation.bff.seconds} s per run, as fast as the target answers${best(r.rounds)}):`,
    table(header, [row("sandbox direct", r.saturation.direct), row("through the BFF", r.saturation.bff)]),
    `**Fixed rate** (${r.fixedRate.bff.rate ?? "?"} req/s evenly paced on both, a quarter of the slower one's throughput, so neither queues; ` +
      `latency from each request's due time${best(r.rounds + 1)}):`,
    table(header, [row("sandbox direct", r.fixedRate.direct), row("through the BFF", r.fixedRate.bff)]),
    "**Targets**:",
    table(
      ["target", "measured", "verdict"],
      [
        [`BFF adds ≤ ${targets.addedP50Ms} ms at p50 (fixed rate)`, `${v.addedP50Ms} ms`, passMark(v.p50Holds)],
        [`BFF adds ≤ ${targets.addedP99Ms} ms at p99 (fixed rate)`, `${v.addedP99Ms} ms`, passMark(v.p99Holds)],
        [`BFF holds ≥ ${targets.minThroughputRatio} × the sandbox's throughput`, `${v.throughputRatio} ×`, passMark(v.throughputHolds)],
      ],
    ),
  ];
  if (r.profile) {
    parts.push(
      `**Where the BFF's CPU goes** under saturation (V8 sampling profile, ${r.profile.busyMs} ms of busy CPU; ` +
        "self = in that code, on stack = that code anywhere on the stack, native calls counted for their caller):",
      table(
        ["step of a send", "% of BFF CPU"],
        r.profile.stages.map((st) => [st.stage, st.onStackPercent]),
      ),
      table(
        ["area", "self %", "on stack %"],
        r.profile.areas.map((a) => [a.area, a.selfPercent, a.onStackPercent]),
      ),
      table(
        ["hottest functions (self)", "area", "self %"],
        r.profile.functions.map((f) => [`\`${f.name}\``, f.area, f.selfPercent]),
      ),
    );
  }
  return parts.join("\n\n");
}
