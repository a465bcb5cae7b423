import { z } from "zod";
import type { CpuMeter } from "../lib/process-cpu.ts";
import { round } from "../lib/stats.ts";
import { loadFiguresSchema, runLoad } from "./load.ts";
import { runPaced } from "./paced-load.ts";
import type { Target } from "./targets.ts";

// A load run on one target, with the CPU each server process spent per successful request: with
// autocannon as fast as the target answers, or evenly paced at a fixed rate.

export const measuredSchema = loadFiguresSchema.extend({
  /** Server CPU microseconds per successful request, by process (bff, sandbox, postgres). */
  cpuUsPerRequest: z.record(z.string(), z.number()),
});
export type Measured = z.infer<typeof measuredSchema>;

export interface RunShape {
  connections: number;
  seconds: number;
  rate?: number;
}

export async function measure(target: Target, runTag: string, shape: RunShape): Promise<Measured> {
  const before = cpuByProcess(target.processes);
  const spec = { ...target.load(runTag), connections: shape.connections, durationSeconds: shape.seconds };
  const figures = shape.rate === undefined ? await runLoad(spec) : await runPaced({ ...spec, rate: shape.rate });
  const after = cpuByProcess(target.processes);
  const cpuUsPerRequest: Record<string, number> = {};
  for (const [name, ms] of Object.entries(after)) {
    const start = before[name];
    if (start !== undefined && figures.ok > 0) cpuUsPerRequest[name] = round(((ms - start) * 1000) / figures.ok, 0);
  }
  return { ...figures, cpuUsPerRequest };
}

function cpuByProcess(processes: Record<string, CpuMeter>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, meter] of Object.entries(processes)) {
    const ms = meter();
    if (ms !== undefined) out[name] = ms;
  }
  return out;
}
