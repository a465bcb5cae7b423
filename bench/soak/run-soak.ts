import { type BenchUser, benchAgent } from "../lib/bench-user.ts";
import type { ConsoleClient } from "../lib/console-client.ts";
import { startSandboxProcess } from "../lib/console-processes.ts";
import { type CloseRecord, type SendRecord, SoakAgent } from "./agent.ts";
import { ArmedFaults } from "./armed-faults.ts";
import { banWindow, probabilisticFaults } from "./fault-plan.ts";
import { checkAfterLoad, checkAfterSettle, Findings, type Ledger } from "./invariants.ts";
import { summarize, type SoakReport } from "./report.ts";
import { LiveWatch } from "./live-watch.ts";
import { SandboxAdmin } from "./sandbox-admin.ts";
import { type SoakDeployment, startSoakDeployment } from "./soak-deployment.ts";
import type { SoakPlan } from "./soak-plan.ts";
import { readStore, type StoreSnapshot } from "./store-snapshot.ts";
import { SoakVisitor, type VisitorSendRecord } from "./visitor.ts";
import { type CustomerLedger, checkCustomersAfterLoad, checkCustomersAfterSettle, orphanConversations } from "./visitor-invariants.ts";
import { type Milestone, runWorkload, type WorkloadResult } from "./workload.ts";

// The fault soak: the standalone sandbox as the platform, the BFF as its own process pointed at it as
// a real gateway (300 ms TOP timeout), agents' sessions opened while all is well, then the load of
// agents and customers (whose first messages open their conversations) under faults with one crash of
// the BFF, then the three records compared for both sides, every failure retried once more without
// faults, and compared again. Over two instances (soak-deployment.ts) the agents' sessions and the
// customers are spread over both, A is the one that crashes, and the agent's console open on B must
// see everything live (live-watch.ts).

const soakAgentUser: BenchUser = { ...benchAgent, username: "soak-agent", operatorId: "soak-agent" };

const bffEnv: Record<string, string> = {
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
  // The soak's customers keep no live page open; the heartbeat close is tested on its own (and its
  // presence is per instance until it is shared, so over two instances it would close live chats).
  VISITOR_HEARTBEAT_MINUTES: "0",
};

export async function runSoak(plan: SoakPlan, log: (line: string) => void): Promise<SoakReport> {
  const started = performance.now();
  const sandbox = await startSandboxProcess();
  const admin = new SandboxAdmin(sandbox.origin);
  let deployment: SoakDeployment | undefined;
  let watch: LiveWatch | undefined;
  try {
    deployment = await startSoakDeployment(plan.instances, sandbox, soakAgentUser, bffEnv);
    const bffs = deployment;
    log(`soak: ${plan.instances} BFF instance${plan.instances === 1 ? "" : "s"} on ${bffs.store}`);
    // Sessions are opened on A; each is then worked through the instance its index names (mod the instances).
    const home = bffs.clientOf(0);
    const sids = await openSessions(home, plan.sessions, log);
    const sessionIndex = new Map(sids.map((sid, i) => [sid, i]));
    const agent = new SoakAgent((sid) => bffs.clientOf(sessionIndex.get(sid) ?? 0), plan.retry);
    const visitors = await Promise.all(Array.from({ length: plan.visitors }, (_, i) => SoakVisitor.arrive(bffs.upstreamsOf(i), i, plan.retry)));
    // B: never killed, so the store is read and the live stream watched there (on one instance, the only one).
    const watcher = bffs.clientOf(1);
    if (plan.instances === 2) watch = await LiveWatch.open(watcher.baseUrl, watcher.headers.cookie ?? "");

    const faults = new ArmedFaults(admin);
    await faults.arm(probabilisticFaults);
    let restartDownMs = 0;
    const milestones: Milestone[] = [
      {
        name: plan.instances === 1 ? "SIGKILL of the BFF and restart on the same DATA_DIR" : "SIGKILL of instance A and its restart (B carries on)",
        atFraction: plan.crashAt,
        run: async () => {
          restartDownMs = await bffs.crashAndRestart();
          log(`soak: ${plan.instances === 1 ? "the BFF" : "instance A"} is back after ${restartDownMs} ms`);
        },
      },
      ...plan.banWindowsAt.map((at) => ({ name: "flow-control ban window", atFraction: at, run: () => faults.arm([banWindow(plan.concurrency * 2)]) })),
    ];
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
    const storeAfterLoad = await readStore(watcher, [...sids, ...customers.platformSids]);
    checkAfterLoad(ledger, storeAfterLoad, platformAfterLoad, findings);
    checkCustomersAfterLoad(customers, storeAfterLoad, platformAfterLoad, findings);

    log("soak: retrying what failed, without faults");
    const settle = await retryFailures(agent, visitors, load, storeAfterLoad);
    const settledCloses = load.closes.map((c) => settle.reclosed.find((r) => r.sid === c.sid) ?? c);
    const settledEnds = load.ends.map((e) => settle.reended.find((r) => r.sid === e.sid) ?? e);
    const platformAfterSettle = await admin.state();
    const settledCustomers: CustomerLedger = { ...customers, ends: settledEnds, platformSids: customerSids(platformAfterSettle.sessions, sids) };
    const storeAfterSettle = await readStore(watcher, [...sids, ...settledCustomers.platformSids]);
    checkAfterSettle({ ...ledger, closes: settledCloses }, storeAfterSettle, platformAfterSettle, findings);
    checkCustomersAfterSettle(settledCustomers, storeAfterSettle, platformAfterSettle, findings);
    const closedSids = [...settledCloses, ...settledEnds].filter((c) => c.outcome === "closed").map((c) => c.sid);
    const answers = new Map([...load.sends, ...load.visitorSends].map((s) => [s.messageId, s.answers]));
    await watch?.check(storeAfterSettle, closedSids, answers, findings);

    return summarize({
      plan,
      seconds: (performance.now() - started) / 1000,
      load,
      faults: injected,
      restartDownMs,
      liveEventsOnB: watch?.events.length,
      storeAfterLoad,
      platformAfterLoad,
      settle,
      orphanConversations: orphanConversations(settledCustomers, storeAfterSettle),
      findings,
    });
  } finally {
    await watch?.stop();
    await deployment?.stop();
    await sandbox.child.stop();
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
