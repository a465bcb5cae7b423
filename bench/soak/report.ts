import type { CloseRecord, SendRecord } from "./agent.ts";
import type { VisitorSendRecord } from "./visitor.ts";
import type { Findings } from "./invariants.ts";
import type { PlatformState } from "./sandbox-admin.ts";
import type { SoakPlan } from "./soak-plan.ts";
import type { StoreSnapshot } from "./store-snapshot.ts";

// The soak's report: what was asked of the console, what the platform did wrong, how each message
// ended, and each invariant with its violations. Printed, and written as JSON by the full run.

export interface SoakReport {
  plan: SoakPlan;
  seconds: number;
  requests: { total: number; byAnswer: Record<string, number> };
  faults: { byKind: Record<string, number>; byFault: Array<{ label: string; applied: number }> };
  restart: { downMs: number };
  /** Over two instances: events the agent's console on B read during the run. */
  liveEventsOnB?: number | undefined;
  outcomes: {
    messages: number;
    sentFirstTime: number;
    sentAfterRetry: number;
    failed: number;
    failedButDelivered: number;
    storedFailedByCode: Record<string, number>;
    /** Messages the platform accepted more than once and kept as one: de-duplicated retries. */
    deduplicatedOnPlatform: number;
    closes: { closed: number; failed: number; skippedForFailedMessages: number };
    settle: { resent: number; resentOk: number; reclosed: number; reclosedOk: number };
  };
  /** The customers' side: their messages and "End chat"s, beside the agents'. */
  customers: {
    visitors: number;
    messages: number;
    sentFirstTime: number;
    sentAfterRetry: number;
    failed: number;
    ends: { ended: number; failed: number; skippedForFailedMessages: number };
    settle: { resent: number; resentOk: number; reended: number; reendedOk: number };
    /** Conversations the platform opened whose answer never reached the store (empty; see the invariants). */
    orphanConversations: number;
  };
  invariants: Array<{ name: string; violations: number; examples: string[] }>;
  passed: boolean;
}

interface SoakRun {
  plan: SoakPlan;
  seconds: number;
  load: { sends: SendRecord[]; closes: CloseRecord[]; closesSkipped: number; visitorSends: VisitorSendRecord[]; ends: CloseRecord[]; endsSkipped: number };
  faults: SoakReport["faults"];
  restartDownMs: number;
  liveEventsOnB?: number | undefined;
  storeAfterLoad: StoreSnapshot;
  platformAfterLoad: PlatformState;
  settle: { resent: SendRecord[]; reclosed: CloseRecord[]; customerResent: VisitorSendRecord[]; reended: CloseRecord[] };
  orphanConversations: number;
  findings: Findings;
}

const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;

export function summarize(run: SoakRun): SoakReport {
  const { sends, closes, visitorSends, ends } = run.load;
  const byAnswer: Record<string, number> = {};
  for (const answer of [...sends, ...closes, ...visitorSends, ...ends].flatMap((r) => r.answers)) byAnswer[answer] = (byAnswer[answer] ?? 0) + 1;
  const delivered = new Set(run.platformAfterLoad.messages.map((m) => m.messageId));
  const storedFailedByCode: Record<string, number> = {};
  for (const message of run.storeAfterLoad.messages.values()) {
    if (message.status === "failed") storedFailedByCode[message.error?.code ?? "none"] = (storedFailedByCode[message.error?.code ?? "none"] ?? 0) + 1;
  }
  const invariants = [...run.findings.byInvariant.entries()].map(([name, v]) => ({ name, violations: v.count, examples: v.examples }));
  return {
    plan: run.plan,
    seconds: Math.round(run.seconds * 10) / 10,
    requests: { total: Object.values(byAnswer).reduce((a, b) => a + b, 0), byAnswer },
    faults: run.faults,
    restart: { downMs: run.restartDownMs },
    ...(run.liveEventsOnB !== undefined && { liveEventsOnB: run.liveEventsOnB }),
    outcomes: {
      messages: sends.length,
      sentFirstTime: count(sends, (s) => s.outcome === "sent"),
      sentAfterRetry: count(sends, (s) => s.outcome === "sent-after-retry"),
      failed: count(sends, (s) => s.outcome === "failed"),
      failedButDelivered: count(sends, (s) => run.storeAfterLoad.messages.get(s.messageId)?.status === "failed" && delivered.has(s.messageId)),
      storedFailedByCode,
      deduplicatedOnPlatform: count(run.platformAfterLoad.messages, (m) => m.deliveries > 1),
      closes: {
        closed: count(closes, (c) => c.outcome === "closed"),
        failed: count(closes, (c) => c.outcome === "failed"),
        skippedForFailedMessages: run.load.closesSkipped,
      },
      settle: {
        resent: run.settle.resent.length,
        resentOk: count(run.settle.resent, (s) => s.outcome !== "failed"),
        reclosed: run.settle.reclosed.length,
        reclosedOk: count(run.settle.reclosed, (c) => c.outcome === "closed"),
      },
    },
    customers: {
      visitors: run.plan.visitors,
      messages: visitorSends.length,
      sentFirstTime: count(visitorSends, (s) => s.outcome === "sent"),
      sentAfterRetry: count(visitorSends, (s) => s.outcome === "sent-after-retry"),
      failed: count(visitorSends, (s) => s.outcome === "failed"),
      ends: { ended: count(ends, (e) => e.outcome === "closed"), failed: count(ends, (e) => e.outcome === "failed"), skippedForFailedMessages: run.load.endsSkipped },
      settle: {
        resent: run.settle.customerResent.length,
        resentOk: count(run.settle.customerResent, (s) => s.outcome !== "failed"),
        reended: run.settle.reended.length,
        reendedOk: count(run.settle.reended, (e) => e.outcome === "closed"),
      },
      orphanConversations: run.orphanConversations,
    },
    invariants,
    passed: run.findings.violations === 0,
  };
}

export function formatReport(r: SoakReport): string {
  const o = r.outcomes;
  const c = r.customers;
  const pairs = (record: Record<string, number>) =>
    Object.entries(record)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(", ") || "none";
  const deployment = r.plan.instances === 1 ? "one BFF on SQLite" : "two BFFs on one PostgreSQL";
  const lines = [
    `Soak (${r.plan.name}, ${deployment}): ${r.plan.sessions} agent sessions, ${o.messages} agent messages, ${o.closes.closed + o.closes.failed} closes, ` +
      `${r.plan.concurrency} at a time, in ${r.seconds} s`,
    `  requests to the BFF during the load: ${r.requests.total} (${pairs(r.requests.byAnswer)})`,
    `  faults injected by kind: ${pairs(r.faults.byKind)}`,
    ...r.faults.byFault.map((f) => `    ${String(f.applied).padStart(5)} × ${f.label}`),
    r.plan.instances === 1
      ? `  BFF killed (SIGKILL) and restarted: down ${r.restart.downMs} ms`
      : `  instance A killed (SIGKILL) and restarted: down ${r.restart.downMs} ms, its clients on B meanwhile; ${r.liveEventsOnB ?? 0} live events read on B's console`,
    `  messages: ${o.sentFirstTime} sent first time, ${o.sentAfterRetry} sent after the agent's retry, ${o.failed} failed after ${r.plan.retry.maxAttempts} tries`,
    `    stored as failed by error: ${pairs(o.storedFailedByCode)}; of those, delivered all the same: ${o.failedButDelivered}`,
    `    accepted more than once by the platform and kept as one (de-duplicated retries): ${o.deduplicatedOnPlatform}`,
    `  closes: ${o.closes.closed} done, ${o.closes.failed} failed, ${o.closes.skippedForFailedMessages} not attempted (a message of the session had failed)`,
    `  settle without faults: ${o.settle.resentOk}/${o.settle.resent} messages and ${o.settle.reclosedOk}/${o.settle.reclosed} closes succeeded on retry`,
    `  customers: ${c.visitors} visitors, ${c.messages} messages: ${c.sentFirstTime} sent first time, ${c.sentAfterRetry} after the page's retry, ${c.failed} failed after ${r.plan.retry.maxAttempts} tries`,
    `    End chat: ${c.ends.ended} done, ${c.ends.failed} failed, ${c.ends.skippedForFailedMessages} not attempted (a message had failed)`,
    `    settle without faults: ${c.settle.resentOk}/${c.settle.resent} messages and ${c.settle.reendedOk}/${c.settle.reended} ends succeeded on retry`,
    `    conversations the platform opened but the store never saw (a start whose answer was lost; empty): ${c.orphanConversations}`,
    "  invariants:",
    ...r.invariants.map(
      (i) => `    ${i.violations === 0 ? "ok  " : "FAIL"} ${i.name}${i.violations === 0 ? "" : `: ${i.violations} (e.g. ${i.examples.join("; ")})`}`,
    ),
    r.passed ? "PASSED" : "FAILED: invariants violated",
  ];
  return lines.join("\n");
}
