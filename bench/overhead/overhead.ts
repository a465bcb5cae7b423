import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { z } from "zod";
import { type SandboxProcess, startSandboxProcess, startSignedInBff } from "../lib/console-processes.ts";
import { round } from "../lib/stats.ts";
import type { BenchOptions, Suite } from "../lib/suite.ts";
import { profileSummarySchema } from "./cpu-profile.ts";
import { type Measured, measure, measuredSchema, type RunShape } from "./measure.ts";
import { renderOverhead } from "./overhead-report.ts";
import { profileBff } from "./profile-bff.ts";
import { bffTarget, directTarget, type Target } from "./targets.ts";

// What the BFF costs on top of the gateway, for message.send:
// 1. saturation: 100 connections as fast as each target answers: throughput, and CPU per request;
// 2. fixed rate: the same arrival rate on both, a quarter of the slower one's throughput, so neither
//    queues even when a colleague's job takes a core: there the latency difference is the BFF's own work. (Under saturation latency is only
//    connections ÷ throughput, Little's law, and says nothing the throughput does not.)
// 3. a CPU profile of the BFF under saturation, to say where its time goes (not with --quick).
// Each pair runs more than once, alternating, and each target keeps its least disturbed run (the
// fastest at saturation, the lowest p99 at fixed rate): a colleague's job on the shared cores only
// ever slows a run down, so that run is nearest the code's own cost.

export const targets = { addedP50Ms: 1, addedP99Ms: 5, minThroughputRatio: 0.5 };
const CONNECTIONS = 100;
const LOG_LEVEL = "info"; // the production default: the request line and the TOP call line are part of the cost

const pairSchema = z.object({ direct: measuredSchema, bff: measuredSchema });
type Pair = z.infer<typeof pairSchema>;

export const overheadSchema = z.object({
  connections: z.number(),
  sessions: z.number(),
  bffLogLevel: z.string(),
  /** Runs per target at saturation (one more at fixed rate); each target keeps its least disturbed. */
  rounds: z.number(),
  saturation: pairSchema,
  fixedRate: pairSchema,
  verdict: z.object({
    addedP50Ms: z.number(),
    addedP99Ms: z.number(),
    throughputRatio: z.number(),
    p50Holds: z.boolean(),
    p99Holds: z.boolean(),
    throughputHolds: z.boolean(),
  }),
  profile: profileSummarySchema.optional(),
});
export type OverheadResult = z.infer<typeof overheadSchema>;

async function run({ quick, log }: BenchOptions): Promise<OverheadResult> {
  const shape: RunShape = { connections: CONNECTIONS, seconds: quick ? 3 : 10 };
  const rounds = quick ? 1 : 2;
  const sandbox = await startSandboxProcess();
  try {
    const { saturation, fixedRate } = await measurePairs(sandbox, shape, rounds, log);
    let profile;
    if (!quick) {
      log("overhead: profiling the BFF under saturation");
      profile = await profileBff(sandbox, CONNECTIONS, shape);
    }
    return {
      connections: CONNECTIONS,
      sessions: CONNECTIONS,
      bffLogLevel: LOG_LEVEL,
      rounds,
      saturation,
      fixedRate,
      verdict: verdict(saturation, fixedRate),
      ...(profile && { profile }),
    };
  } finally {
    await sandbox.child.stop();
  }
}

async function measurePairs(sandbox: SandboxProcess, shape: RunShape, rounds: number, log: BenchOptions["log"]) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "bench-overhead-"));
  const { bff, client } = await startSignedInBff({ dataDir, gateway: sandbox, logLevel: LOG_LEVEL });
  try {
    const direct = await directTarget(sandbox, CONNECTIONS);
    const viaBff = await bffTarget(bff, client, sandbox, CONNECTIONS);
    log("overhead: warming up both targets");
    const warmUp = { ...shape, seconds: Math.min(shape.seconds, 3) };
    await measure(direct, "warm-d", warmUp);
    await measure(viaBff, "warm-b", warmUp);
    const faster = (a: Measured, b: Measured) => (b.rps > a.rps ? b : a);
    const saturation = await bestPair(direct, viaBff, "sat", shape, rounds, faster, log);
    const rate = Math.max(20, Math.round((0.25 * Math.min(saturation.direct.rps, saturation.bff.rps)) / 10) * 10);
    const steadier = (a: Measured, b: Measured) => (b.latencyMs.p99 < a.latencyMs.p99 ? b : a);
    const fixedRate = await bestPair(direct, viaBff, "rate", { ...shape, rate }, rounds + 1, steadier, log);
    return { saturation, fixedRate };
  } finally {
    await bff.child.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function bestPair(
  direct: Target,
  viaBff: Target,
  tag: string,
  shape: RunShape,
  rounds: number,
  better: (a: Measured, b: Measured) => Measured,
  log: BenchOptions["log"],
): Promise<Pair> {
  const mode = shape.rate === undefined ? "as fast as it answers" : `${shape.rate} req/s evenly paced`;
  let best: Pair | undefined;
  for (let round = 1; round <= rounds; round++) {
    log(`overhead: direct, ${shape.connections} connections, ${mode}, ${shape.seconds} s (round ${round}/${rounds})`);
    const d = await measure(direct, `${tag}${round}-d`, shape);
    log(`overhead: through the BFF, ${shape.connections} connections, ${mode}, ${shape.seconds} s (round ${round}/${rounds})`);
    const b = await measure(viaBff, `${tag}${round}-b`, shape);
    best = best ? { direct: better(best.direct, d), bff: better(best.bff, b) } : { direct: d, bff: b };
  }
  if (!best) throw new Error("no rounds were run");
  return best;
}

function verdict(saturation: Pair, fixedRate: Pair): OverheadResult["verdict"] {
  const addedP50Ms = round(fixedRate.bff.latencyMs.p50 - fixedRate.direct.latencyMs.p50);
  const addedP99Ms = round(fixedRate.bff.latencyMs.p99 - fixedRate.direct.latencyMs.p99);
  const throughputRatio = round(saturation.bff.rps / Math.max(1, saturation.direct.rps));
  return {
    addedP50Ms,
    addedP99Ms,
    throughputRatio,
    p50Holds: addedP50Ms <= targets.addedP50Ms,
    p99Holds: addedP99Ms <= targets.addedP99Ms,
    throughputHolds: throughputRatio >= targets.minThroughputRatio,
  };
}

export const overheadSuite: Suite<OverheadResult> = {
  name: "overhead",
  title: "BFF overhead on message.send",
  schema: overheadSchema,
  run,
  render: renderOverhead,
};
