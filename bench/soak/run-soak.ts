import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type BenchUser, benchAgent } from "../lib/bench-user.ts";
import { type BffOptions, type BffProcess, startBffProcess, startSandboxProcess, startSignedInBff } from "../lib/console-processes.ts";
import { freePort } from "../lib/free-port.ts";
import { type CloseRecord, type SendRecord, SoakAgent } from "./agent.ts";
import { banWindow, probabilisticFaults, type PlannedFault } from "./fault-plan.ts";
import { checkAfterLoad, checkAfterSettle, Findings, type Ledger } from "./invariants.ts";
import { summarize, type SoakReport } from "./report.ts";
import { SandboxAdmin } from "./sandbox-admin.ts";
import type { SoakPlan } from "./soak-plan.ts";
import { readStore } from "./store-snapshot.ts";
import { runWorkload } from "./workload.ts";

// The fault soak: the standalone sandbox as the platform, the BFF as its own process pointed at it as
// a real gateway (short TOP timeout), sessions opened while all is well, then the load under faults
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
    const agent = new SoakAgent(signedIn.client, plan.retry);

    const sids = Array.from({ length: plan.sessions }, (_, i) => `soak-s${i}`);
    log(`soak: opening ${sids.length} sessions`);
    for (const sid of sids) {
      const answer = await signedIn.client.request("POST", "/api/sessions", { source: { sid, channel: "0", channel_uid: `customer-${sid}` }, target: {} });
      if (answer.status !== 201) throw new Error(`could not open ${sid} before the faults: HTTP ${answer.status}`);
    }

    const armed = new Map<number, PlannedFault>();
    const arm = async (faults: PlannedFault[]) => {
      const ids = await admin.addFaults(faults.map((f) => f.spec));
      ids.forEach((id, i) => armed.set(id, faults[i] ?? { label: "?", spec: { kind: "latency" } }));
    };
    await arm(probabilisticFaults);
    let downMs = 0;
    const crash = async () => {
      const down = performance.now();
      await bff?.child.kill();
      bff = await startBffProcess(bffOptions);
      downMs = Math.round(performance.now() - down);
      log(`soak: the BFF is back after ${downMs} ms`);
    };
    const milestones = [
      { name: "SIGKILL of the BFF and restart on the same DATA_DIR", atFraction: plan.crashAt, run: crash },
      ...plan.banWindowsAt.map((at) => ({ name: "flow-control ban window", atFraction: at, run: () => arm([banWindow(plan.concurrency * 2)]) })),
    ];
    log(`soak: ${plan.sessions * plan.messagesPerSession} sends and some closes, ${plan.concurrency} at a time, under faults`);
    const load = await runWorkload(agent, sids, plan, milestones, log);

    const injected = await admin.faults();
    await admin.clearFaults();
    const applied = [...armed.entries()].map(([id, fault]) => ({
      label: fault.label,
      // A fault with a count is dropped from the list once used up: then it applied that many times.
      applied: injected.faults.find((f) => f.id === id)?.applied ?? fault.spec.times ?? 1,
    }));

    log("soak: comparing the store with the platform");
    const findings = new Findings();
    const ledger: Ledger = { sids, sends: load.sends, closes: load.closes };
    const storeAfterLoad = await readStore(signedIn.client, sids);
    const platformAfterLoad = await admin.state();
    checkAfterLoad(ledger, storeAfterLoad, platformAfterLoad, findings);

    log("soak: retrying what failed, without faults");
    const resent: SendRecord[] = [];
    for (const send of load.sends) {
      if (storeAfterLoad.messages.get(send.messageId)?.status !== "sent") resent.push(await agent.send(send.sid, send.messageId, send.content));
    }
    const reclosed: CloseRecord[] = [];
    for (const close of load.closes) if (close.outcome === "failed") reclosed.push(await agent.close(close.sid));
    const settledCloses = load.closes.map((c) => reclosed.find((r) => r.sid === c.sid) ?? c);
    const storeAfterSettle = await readStore(signedIn.client, sids);
    const platformAfterSettle = await admin.state();
    checkAfterSettle({ ...ledger, closes: settledCloses }, storeAfterSettle, platformAfterSettle, findings);

    return summarize({
      plan,
      seconds: (performance.now() - started) / 1000,
      load,
      faults: { byKind: injected.counters, byFault: applied },
      restartDownMs: downMs,
      storeAfterLoad,
      platformAfterLoad,
      settle: { resent, reclosed },
      findings,
    });
  } finally {
    await bff?.child.stop();
    await sandbox.child.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
