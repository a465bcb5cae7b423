import { passMark, table } from "../lib/markdown.ts";
import type { CustomerResult } from "./customer.ts";

// RESULTS.md section of the customer suite.

export function renderCustomer(r: CustomerResult): string {
  const s = r.streams;
  return [
    `${r.visitors} visitors, each with an open conversation, send ${r.sendsPerSecond} messages a second between them for ${r.seconds} s ` +
      `(${r.sent} sends, ${r.failed} failed, ${r.missing} never seen as sent) through a BFF process pointed at the sandbox gateway process, ` +
      "on loopback. Timed from the start of the customer's POST /api/visitor/messages to the message's events on a signed-in agent's " +
      "/api/events stream, read by the benchmark process.",
    table(
      ["send → agent's stream", "count", "p50 ms", "p95 ms", "p99 ms", "max ms", `p95 ≤ ${r.budgetMs} ms`],
      [
        ["first event (stored, before the platform call)", r.toStream.count, r.toStream.p50, r.toStream.p95, r.toStream.p99, r.toStream.max, passMark(r.toStream.p95 <= r.budgetMs)],
        ["sent (the platform took it)", r.toSent.count, r.toSent.p50, r.toSent.p95, r.toSent.p99, r.toSent.max, passMark(r.toSent.p95 <= r.budgetMs)],
      ],
    ),
    `Then the same BFF holds ${s.visitors.toLocaleString("en-US")} open visitor page streams (/api/visitor/events, one visitor each) ` +
      `and ${s.consoles} agent console streams (/api/events) at once: resident memory ${s.rssBeforeMb} MB before, ${s.rssAfterMb} MB after ` +
      `(about ${s.kbPerStream} KB per stream). Visitor rate limits and STREAMS_PER_USER were raised by environment for the run.`,
  ].join("\n\n");
}
