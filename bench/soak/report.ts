import type { CloseRecord, SendRecord } from "./agent.ts";
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
  invariants: Array<{ name: string; violations: number; examples: string[] }>;
  passed: boolean;
}

interface SoakRun {
  plan: SoakPlan;
  seconds: number;
  load: { sends: SendRecord[]; closes: CloseRecord[]; closesSkipped: number };
  faults: SoakReport["faults"];
  restartDownMs: number;
  storeAfterLoad: StoreSnapshot;
  platformAfterLoad: PlatformState;
  settle: { resent: SendRecord[]; reclosed: CloseRecord[] };
  findings: Findings;
}

const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;

export function summarize(run: SoakRun): SoakReport {
  const { sends, closes } = run.load;
  const byAnswer: Record<string, number> = {};
  for (const answer of [...sends, ...closes].flatMap((r) => r.answers)) byAnswer[answer] = (byAnswer[answer] ?? 0) + 1;
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
    invariants,
    passed: run.findings.violations === 0,
  };
}

export function formatReport(r: SoakReport): string {
  const o = r.outcomes;
  const pairs = (record: Record<string, number>) =>
    Object.entries(record)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(", ") || "none";
  const lines = [
    `Soak (${r.plan.name}): ${r.plan.sessions} sessions, ${o.messages} messages, ${o.closes.closed + o.closes.failed} closes, ` +
      `${r.plan.concurrency} at a time, in ${r.seconds} s`,
    `  requests to the BFF during the load: ${r.requests.total} (${pairs(r.requests.byAnswer)})`,
    `  faults injected by kind: ${pairs(r.faults.byKind)}`,
    ...r.faults.byFault.map((f) => `    ${String(f.applied).padStart(5)} × ${f.label}`),
    `  BFF killed (SIGKILL) and restarted: down ${r.restart.downMs} ms`,
    `  messages: ${o.sentFirstTime} sent first time, ${o.sentAfterRetry} sent after the agent's retry, ${o.failed} failed after ${r.plan.retry.maxAttempts} tries`,
    `    stored as failed by error: ${pairs(o.storedFailedByCode)}; of those, delivered all the same: ${o.failedButDelivered}`,
    `    accepted more than once by the platform and kept as one (de-duplicated retries): ${o.deduplicatedOnPlatform}`,
    `  closes: ${o.closes.closed} done, ${o.closes.failed} failed, ${o.closes.skippedForFailedMessages} not attempted (a message of the session had failed)`,
    `  settle without faults: ${o.settle.resentOk}/${o.settle.resent} messages and ${o.settle.reclosedOk}/${o.settle.reclosed} closes succeeded on retry`,
    "  invariants:",
    ...r.invariants.map(
      (i) => `    ${i.violations === 0 ? "ok  " : "FAIL"} ${i.name}${i.violations === 0 ? "" : `: ${i.violations} (e.g. ${i.examples.join("; ")})`}`,
    ),
    r.passed ? "PASSED" : "FAILED: invariants violated",
  ];
  return lines.join("\n");
}
