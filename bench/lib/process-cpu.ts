import { readFileSync } from "node:fs";

// CPU time a process has used, from /proc (Linux). CPU per request is the figure that survives a
// shared machine: throughput drops when a colleague's tests take a core, CPU per request does not.

/** Linux reports utime and stime in clock ticks, 100 per second on every usual kernel config. */
const TICKS_PER_SECOND = 100;

/** User + system CPU milliseconds of `pid`, or undefined where /proc is not available. */
export function processCpuMs(pid: number): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // The command name (field 2) may contain spaces and parentheses: count fields after the last ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return undefined;
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}
