import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { processCpuMs, processTreeCpuMs } from "./process-cpu.ts";

// A child that burns 300 ms of CPU (its own CPU clock, not the wall clock, so a busy machine only
// slows it) and exits: the way a PostgreSQL backend's work ends up in the postmaster's total.
const burn = "const t = process.cpuUsage(); while (process.cpuUsage(t).user < 300_000) {}";

describe("processTreeCpuMs", () => {
  it("counts the CPU of a child that has exited, which the process's own figure does not", async () => {
    const ownBefore = processCpuMs(process.pid) ?? 0;
    const treeBefore = processTreeCpuMs(process.pid) ?? 0;
    const child = spawn(process.execPath, ["-e", burn], { stdio: "ignore" });
    await once(child, "exit");
    const treeAdded = (processTreeCpuMs(process.pid) ?? 0) - treeBefore;
    const ownAdded = (processCpuMs(process.pid) ?? 0) - ownBefore;
    // Clock ticks are 10 ms; the child's start-up adds a little on top of its 300 ms.
    expect(treeAdded - ownAdded).toBeGreaterThanOrEqual(280);
  });
});
