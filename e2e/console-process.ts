import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { expect } from "@playwright/test";

// A console BFF of a test's own, as `npm start` runs it (after the build), for tests that restart
// the server: Playwright's webServer cannot be restarted mid-test. Sandbox mode, on loopback.

export interface ConsoleProcess {
  origin: string;
  /** SIGTERM, as a deployment stops it; resolves once the process is gone. */
  stop(): Promise<void>;
}

// One free-port helper for every test and benchmark that starts its own server.
export { freePort } from "../bench/lib/free-port.ts";

/** `env`: settings of this test's own (e.g. a short VISITOR_HEARTBEAT_MINUTES), applied last. */
export async function startConsole(options: { port: number; dataDir: string; env?: Record<string, string> }): Promise<ConsoleProcess> {
  // Nothing from the shell may point this BFF at a real gateway or change its defaults.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(TOP_|LY_|SANDBOX_|AUTH_|AUTO_CLOSE_)/.test(name)));
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    env: { ...env, HOST: "127.0.0.1", PORT: String(options.port), SANDBOX_PORT: "0", DATA_DIR: options.dataDir, LOG_LEVEL: "warn", ...options.env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString("utf8")).slice(-4000)));
  const exited = once(child, "exit");
  const origin = `http://127.0.0.1:${options.port}`;
  try {
    await waitForHealth(origin, child);
  } catch (error) {
    child.kill("SIGKILL");
    await exited;
    throw new Error(`the console did not start: ${(error as Error).message}\n${stderr}`);
  }
  return {
    origin,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const force = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(force);
    },
  };
}

async function waitForHealth(origin: string, child: ChildProcess): Promise<void> {
  const probe = async (): Promise<"up" | "down" | "exited"> => {
    if (child.exitCode !== null) return "exited";
    try {
      const res = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(1_000) });
      await res.body?.cancel();
      return res.ok ? "up" : "down";
    } catch {
      return "down"; // not listening yet
    }
  };
  await expect.poll(probe, { message: `${origin}/api/health`, timeout: 60_000, intervals: [100] }).not.toBe("down");
  if (child.exitCode !== null) throw new Error(`it exited with code ${child.exitCode}`);
}
