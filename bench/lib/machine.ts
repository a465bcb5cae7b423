import os from "node:os";
import { z } from "zod";

// What a figure was measured on. The machine is shared, so the load average at the start of a
// suite is part of the figure: a run next to a colleague's test suite reads lower.

export const machineSchema = z.object({
  cpus: z.number(),
  cpuModel: z.string(),
  node: z.string(),
  platform: z.string(),
  loadAverage: z.number(),
});
export type Machine = z.infer<typeof machineSchema>;

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
  };
}

export function machineLine(machine: Machine): string {
  return `${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, load average ${machine.loadAverage} at the start`;
}
