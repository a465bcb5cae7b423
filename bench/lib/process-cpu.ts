import { readdirSync, readFileSync } from "node:fs";

// CPU time a process has used, from /proc (Linux). CPU per request is the figure that survives a
// shared machine: throughput drops when a colleague's tests take a core, CPU per request does not.

/** Linux reports utime and stime in clock ticks, 100 per second on every usual kernel config. */
const TICKS_PER_SECOND = 100;

/** Reads a CPU total in milliseconds; undefined where /proc is not available. */
export type CpuMeter = () => number | undefined;

interface ProcStat {
  ppid: number;
  /** utime + stime, in ticks. */
  own: number;
  /** cutime + cstime: children that have exited and been waited for, in ticks. */
  reaped: number;
}

function readStat(pid: number): ProcStat | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // The command name (field 2) may contain spaces and parentheses: count fields after the last ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ").map(Number);
  const [ppid, utime, stime, cutime, cstime] = [fields[1], fields[11], fields[12], fields[13], fields[14]];
  if (![ppid, utime, stime, cutime, cstime].every((n) => n !== undefined && Number.isFinite(n))) return undefined;
  return { ppid: ppid ?? 0, own: (utime ?? 0) + (stime ?? 0), reaped: (cutime ?? 0) + (cstime ?? 0) };
}

const toMs = (ticks: number) => (ticks * 1000) / TICKS_PER_SECOND;

/** User + system CPU milliseconds of `pid` itself. */
export function processCpuMs(pid: number): number | undefined {
  const stat = readStat(pid);
  return stat && toMs(stat.own);
}

/**
 * CPU milliseconds of `pid` and every child it forked, running or gone: PostgreSQL's postmaster does
 * no query work itself, its backends do, one per connection, and a backend that exits (a pool closing
 * an idle connection) has its time added to the postmaster's children total when it is reaped.
 */
export function processTreeCpuMs(pid: number): number | undefined {
  const root = readStat(pid);
  if (!root) return undefined;
  let ticks = root.own + root.reaped;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const child = readStat(Number(entry));
    // Backends fork no further, so direct children are the whole tree.
    if (child?.ppid === pid) ticks += child.own + child.reaped;
  }
  return toMs(ticks);
}
