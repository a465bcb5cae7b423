import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type BenchUser, benchAgent } from "../lib/bench-user.ts";
import type { ConsoleClient } from "../lib/console-client.ts";
import { type BffOptions, type BffProcess, startBffProcess, startSandboxProcess, startSignedInBff } from "../lib/console-processes.ts";
import { freePort } from "../lib/free-port.ts";
import { type CloseRecord, type SendRecord, SoakAgent } from "./agent.ts";
import { ArmedFaults } from "./armed-faults.ts";
import { banWindow, probabilisticFaults } from "./fault-plan.ts";
import { checkAfterLoad, checkAfterSettle, Findings, type Ledger } from "./invariants.ts";
import { summarize, type SoakReport } from "./report.ts";
import { SandboxAdmin } from "./sandbox-admin.ts";
import type { SoakPlan } from "./soak-plan.ts";
import { readStore, type StoreSnapshot } from "./store-snapshot.ts";
import { SoakVisitor, type VisitorSendRecord } from "./visitor.ts";
import { type CustomerLedger, checkCustomersAfterLoad, checkCustomersAfterSettle, orphanConversations } from "./visitor-invariants.ts";
import { type Milestone, runWorkload, type WorkloadResult } from "./workload.ts";

// The fault soak: the standalone sandbox as the platform, the BFF as its own process pointed at it as
// a real gateway (300 ms TOP timeout), agents' sessions opened while all is well, then the load of
// agents and customers (whose first messages open their conversations) under faults with one crash of
// the BFF, then the three records compared for both sides, every failure retried once more without
// faults, and compared again.

const soakAgentUser: BenchUser = { ...benchAgent, username: "soak-agent", operatorId: "soak-agent" };

export async function runSoak(plan: SoakPlan, log: (line: string) => void): Promise<SoakReport> {
  const started = performance.now();
  const dataDir = mkdtempSync(path.join(tmpdir(), "soak-"));
  const sandbox = await startSandboxProcess();
  const admin = new SandboxAdmin(sandbox.origin);
  const bffOptions: BffOptions = {
    dataDir,
    gateway: sandbox,
    port: await freePort(),
    logLevel: "warn",
    env: {
      TOP_TIMEOUT_MS: "300",
      TOP_RETRY_BASE_MS: "50",
      LY_OPERATOR_ID: "soak-agent",
      AUTO_CLOSE_ENABLED: "false",
      // Every customer writes from 127.0.0.1 and faster than a person: the per-visitor and per-address
      // limits (their own tests prove them) would turn the soak into a rate-limit test.
      VISITOR_SENDS_PER_MINUTE: "10000",
      ADDRESS_SENDS_PER_MINUTE: "100000",
      VISITOR_STARTS_PER_HOUR: "10000",
      ADDRESS_STARTS_PER_HOUR: "100000",
      // The soak's customers keep no live page open; the heartbeat close is tested on its own.
      VISITOR_HEARTBEAT_MINUTES: "0",
    },
  };
  let bff: BffProcess | undefined;
  try {
    const signedIn = await startSignedInBff(bffOptions, soakAgentUser);
    bff = signedIn.bff;
    const { client } = signedIn;
    const sids = await openSessions(client, plan.sessions, log);
    const visitors = await Promise.all(Array.from({ length: plan.visitors }, (_, i) => SoakVisitor.arrive(signedIn.bff.url, i, plan.retry)));

    const faults = new ArmedFaults(admin);
    await faults.arm(probabilisticFaults);
    let restartDownMs = 0;
    const milestones: Milestone[] = [
      {
        name: "SIGKILL of the BFF and restart on the same DATA_DIR",
        atFraction: plan.crashAt,
        run: async () => {
          const down = performance.now();
          await bff?.child.kill();
          bff = await startBffProcess(bffOptions);
          restartDownMs = Math.round(performance.now() - down);
          log(`soak: the BFF is back after ${restartDownMs} ms`);
        },
      },
      ...plan.banWindowsAt.map((at) => ({ name: "flow-control ban window", atFraction: at, run: () => faults.arm([banWindow(plan.concurrency * 2)]) })),
    ];
    const agent = new SoakAgent(client, plan.retry);
    log(
      `soak: ${plan.sessions * plan.messagesPerSession} agent sends, ${plan.visitors * plan.messagesPerVisitor} customer sends, ` +
        `some closes and ends, ${plan.concurrency} at a time, under faults`,
    );
    const load = await runWorkload({ agent, sids, visitors }, plan, milestones, log);
    const injected = await faults.disarm();

    log("soak: comparing the store with the platform");
    const findings = new Findings();
    const ledger: Ledger = { sids, sends: load.sends, closes: load.closes, customerMessageIds: new Set(load.visitorSends.map((s) => s.messageId)) };
    const platformAfterLoad = await admin.state();
    const customers: CustomerLedger = { sends: load.visitorSends, ends: load.ends, platformSids: customerSids(platformAfterLoad.sessions, sids) };
    const storeAfterLoad = await readStore(client, [...sids, ...customers.platformSids]);
    checkAfterLoad(ledger, storeAfterLoad, platformAfterLoad, findings);
    checkCustomersAfterLoad(customers, storeAfterLoad, platformAfterLoad, findings);

    log("soak: retrying what failed, without faults");
    const settle = await retryFailures(agent, visitors, load, storeAfterLoad);
    const settledCloses = load.closes.map((c) => settle.reclosed.find((r) => r.sid === c.sid) ?? c);
    const settledEnds = load.ends.map((e) => settle.reended.find((r) => r.sid === e.sid) ?? e);
    const platformAfterSettle = await admin.state();
    const settledCustomers: CustomerLedger = { ...customers, ends: settledEnds, platformSids: customerSids(platformAfterSettle.sessions, sids) };
    const storeAfterSettle = await readStore(client, [...sids, ...settledCustomers.platformSids]);
    checkAfterSettle({ ...ledger, closes: settledCloses }, storeAfterSettle, platformAfterSettle, findings);
    checkCustomersAfterSettle(settledCustomers, storeAfterSettle, platformAfterSettle, findings);

    return summarize({
      plan,
      seconds: (performance.now() - started) / 1000,
      load,
      faults: injected,
      restartDownMs,
      storeAfterLoad,
      platformAfterLoad,
      settle,
      orphanConversations: orphanConversations(settledCustomers, storeAfterSettle),
      findings,
    });
  } finally {
    await bff?.child.stop();
    await sandbox.child.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function openSessions(client: ConsoleClient, count: number, log: (line: string) => void): Promise<string[]> {
  const sids = Array.from({ length: count }, (_, i) => `soak-s${i}`);
  log(`soak: opening ${sids.length} sessions`);
  for (const sid of sids) {
    const answer = await client.request("POST", "/api/sessions", { source: { sid, channel: "0", channel_uid: `customer-${sid}` }, target: {} });
    if (answer.status !== 201) throw new Error(`could not open ${sid} before the faults: HTTP ${answer.status}`);
  }
  return sids;
}

/** The customers' conversations on the platform: every session there that is not an agent's. */
function customerSids(sessions: ReadonlyArray<{ sid: string }>, agentSids: readonly string[]): Set<string> {
  const agents = new Set(agentSids);
  return new Set(sessions.map((s) => s.sid).filter((sid) => !agents.has(sid)));
}

/** Retry (the same ids) on every message not stored as sent, on every failed close and End chat, by whoever pressed it first. */
async function retryFailures(agent: SoakAgent, visitors: readonly SoakVisitor[], load: WorkloadResult, store: StoreSnapshot) {
  const unsent = (messageId: string) => store.messages.get(messageId)?.status !== "sent";
  const resent: SendRecord[] = [];
  for (const send of load.sends) if (unsent(send.messageId)) resent.push(await agent.send(send.sid, send.messageId, send.content));
  const reclosed: CloseRecord[] = [];
  for (const close of load.closes) if (close.outcome === "failed") reclosed.push(await agent.close(close.sid));
  const customerResent: VisitorSendRecord[] = [];
  const reended: CloseRecord[] = [];
  for (const send of load.visitorSends) {
    const visitor = visitors[send.visitor];
    if (visitor && unsent(send.messageId)) customerResent.push(await visitor.send(send.messageId, send.content));
  }
  for (const end of load.ends) {
    const visitor = visitors[end.visitor];
    if (visitor && end.outcome === "failed") reended.push(await visitor.end(end.sid));
  }
  return { resent, reclosed, customerResent, reended };
}
