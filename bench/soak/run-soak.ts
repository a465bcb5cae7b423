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
import { type Milestone, runWorkload } from "./workload.ts";

// The fault soak: the standalone sandbox as the platform, the BFF as its own process pointed at it as
// a real gateway (300 ms TOP timeout), sessions opened while all is well, then the load under faults
// with one crash of the BFF, then the three records compared, every failure retried once more without
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
    env: { TOP_TIMEOUT_MS: "300", TOP_RETRY_BASE_MS: "50", LY_OPERATOR_ID: "soak-agent", AUTO_CLOSE_ENABLED: "false" },
  };
  let bff: BffProcess | undefined;
  try {
    const signedIn = await startSignedInBff(bffOptions, soakAgentUser);
    bff = signedIn.bff;
    const { client } = signedIn;
    const sids = await openSessions(client, plan.sessions, log);

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
    log(`soak: ${plan.sessions * plan.messagesPerSession} sends and some closes, ${plan.concurrency} at a time, under faults`);
    const load = await runWorkload(agent, sids, plan, milestones, log);
    const injected = await faults.disarm();

    log("soak: comparing the store with the platform");
    const findings = new Findings();
    const ledger: Ledger = { sids, sends: load.sends, closes: load.closes };
    const storeAfterLoad = await readStore(client, sids);
    const platformAfterLoad = await admin.state();
    checkAfterLoad(ledger, storeAfterLoad, platformAfterLoad, findings);

    log("soak: retrying what failed, without faults");
    const settle = await retryFailures(agent, ledger, storeAfterLoad);
    const settledCloses = load.closes.map((c) => settle.reclosed.find((r) => r.sid === c.sid) ?? c);
    checkAfterSettle({ ...ledger, closes: settledCloses }, await readStore(client, sids), await admin.state(), findings);

    return summarize({
      plan,
      seconds: (performance.now() - started) / 1000,
      load,
      faults: injected,
      restartDownMs,
      storeAfterLoad,
      platformAfterLoad,
      settle,
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

/** The agent's Retry on every message not stored as sent, and on every failed close. */
async function retryFailures(agent: SoakAgent, ledger: Ledger, store: StoreSnapshot) {
  const resent: SendRecord[] = [];
  for (const send of ledger.sends) {
    if (store.messages.get(send.messageId)?.status !== "sent") resent.push(await agent.send(send.sid, send.messageId, send.content));
  }
  const reclosed: CloseRecord[] = [];
  for (const close of ledger.closes) if (close.outcome === "failed") reclosed.push(await agent.close(close.sid));
  return { resent, reclosed };
}
