import type { ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import net from "node:net";
import pg from "pg";

// Talking to the test PostgreSQL while it starts and after: a free port to give it, a one-statement
// client (the superuser over loopback, trusted), readiness polling, database copies.

const STARTUP_MS = 30_000;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export const logTail = (file: string, lines = 20) => (existsSync(file) ? readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n") : "(no log)");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));


export async function query(port: number, database: string, sql: string): Promise<void> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", database });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * CREATE DATABASE, retried while the template is still "being accessed by other users" (55006): a pool
 * that was just closed leaves its server processes exiting for a few milliseconds more.
 */
export async function copyDatabase(port: number, name: string, template: string | undefined): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await query(port, "postgres", `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ""}`);
    } catch (error) {
      const inUse = error instanceof Error && "code" in error && error.code === "55006";
      if (!inUse || attempt >= 50) throw error;
      await sleep(20);
    }
  }
}

/** Polls with a real client until the server answers, it exits, or STARTUP_MS pass. */
export async function waitUntilReady(server: ChildProcess, port: number, logFile: string): Promise<"ready" | "port_taken" | "failed"> {
  const exited = new Promise<"exited">((resolve) => server.once("exit", () => resolve("exited")));
  const deadline = Date.now() + STARTUP_MS;
  let lastError = "";
  while (Date.now() < deadline) {
    const attempt = query(port, "postgres", "SELECT 1").then(
      () => "ready" as const,
      (error: Error) => {
        lastError = error.message;
        return "retry" as const;
      },
    );
    const result = await Promise.race([attempt, exited]);
    if (result === "ready") return "ready";
    if (result === "exited") return /could not bind|Address already in use/.test(logTail(logFile, 50)) ? "port_taken" : "failed";
    await sleep(100);
  }
  throw new Error(`the test PostgreSQL did not accept connections on 127.0.0.1:${port} within ${STARTUP_MS / 1000} s (last error: ${lastError}); server log:\n${logTail(logFile)}`);
}
