import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import { repoRoot } from "./paths.ts";

// The sandbox gateway and the BFF as child processes, the way they run in production: their own
// event loop and their own CPU, so a figure measured here is theirs and not the load generator's.
// Every child is killed when this process exits, whatever the way out.

export interface Child {
  name: string;
  pid: number;
  /** Resolves with the exit code (or the signal's name) once the process is gone. */
  exited: Promise<number | string>;
  /** SIGTERM, then SIGKILL if it is still there after `graceMs`. */
  stop(graceMs?: number): Promise<number | string>;
  /** The crash case: no chance to clean up. */
  kill(): Promise<number | string>;
}

export interface ChildSpec {
  name: string;
  /** Script path relative to the repository root, run with tsx. */
  script: string;
  env: Record<string, string>;
  /** Polled until it answers 2xx. */
  readyUrl: string;
  nodeArgs?: string[];
  readyTimeoutMs?: number;
}

const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => process.exit(130));
}

/**
 * The parent's environment without the console's own settings: nothing in the shell that runs the
 * benchmark can point a child at a real TOP gateway or a real database, or change what the benchmark
 * configured.
 */
function isolatedEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined || /^(TOP_|LY_|SANDBOX_|AUTH_|AUTO_CLOSE_|COOKIE_|DATABASE_URL$)/.test(name)) continue;
    env[name] = value;
  }
  return { ...env, ...extra };
}

export async function startChild(spec: ChildSpec): Promise<Child> {
  const proc = spawn(process.execPath, [...(spec.nodeArgs ?? []), "--import", "tsx", spec.script], {
    cwd: repoRoot,
    env: isolatedEnv(spec.env),
    // Logs go nowhere (as to a collector that keeps up); stderr is kept to explain a failed start.
    stdio: ["ignore", "ignore", "pipe"],
  });
  const pid = proc.pid;
  if (pid === undefined) throw new Error(`${spec.name} did not start`);
  running.add(proc);
  let stderr = "";
  proc.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString("utf8")).slice(-4000);
  });
  const exited = once(proc, "exit").then(([code, signal]: unknown[]) => {
    running.delete(proc);
    return typeof code === "number" ? code : String(signal);
  });
  const child: Child = {
    name: spec.name,
    pid,
    exited,
    async stop(graceMs = 10_000) {
      proc.kill("SIGTERM");
      const timer = setTimeout(() => proc.kill("SIGKILL"), graceMs);
      const outcome = await exited;
      clearTimeout(timer);
      return outcome;
    },
    kill() {
      proc.kill("SIGKILL");
      return exited;
    },
  };
  try {
    await waitUntilReady(spec, exited);
  } catch (error) {
    await child.kill();
    throw new Error(`${spec.name} did not become ready: ${(error as Error).message}\n${stderr.trim()}`);
  }
  return child;
}

async function waitUntilReady(spec: ChildSpec, exited: Promise<number | string>) {
  let gone: number | string | undefined;
  void exited.then((outcome) => (gone = outcome));
  const deadline = Date.now() + (spec.readyTimeoutMs ?? 30_000);
  while (Date.now() < deadline) {
    if (gone !== undefined) throw new Error(`it exited (${gone})`);
    try {
      const res = await fetch(spec.readyUrl, { signal: AbortSignal.timeout(1_000) });
      await res.body?.cancel();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  throw new Error(`no answer from ${spec.readyUrl} within ${spec.readyTimeoutMs ?? 30_000} ms`);
}
