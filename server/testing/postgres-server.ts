import { type ChildProcess, execFile, execFileSync, spawn } from "node:child_process";
import { appendFileSync, chownSync, closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { clusterOwner, commandAs, findPostgresBindir } from "./postgres-binaries.ts";

// A throwaway PostgreSQL for tests: its own cluster in a temporary folder, on a free loopback port,
// trusting loopback connections only, tuned for speed over durability (a crash loses nothing a test
// keeps). It is stopped and its folder removed by stop(), or when the process exits.

export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:<port>/<database>: the database made at start. */
  url: string;
  /** The temporary folder holding the cluster, its socket and its log. */
  folder: string;
  /** Another empty database on the same cluster (optionally a copy of `template`); answers its URL. */
  createDatabase(name: string, template?: string): Promise<string>;
  /** Stops the server and removes its folder; safe to call twice. */
  stop(): Promise<void>;
}

const run = promisify(execFile);
const STARTUP_MS = 30_000;
const BIND_ATTEMPTS = 3;
const identifier = /^[a-z_][a-z0-9_]{0,62}$/;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

const tail = (file: string, lines = 20) => (existsSync(file) ? readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n") : "(no log)");
const urlOf = (port: number, database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startPostgres({ database = "console_test" }: { database?: string } = {}): Promise<PostgresServer> {
  if (!identifier.test(database)) throw new Error(`database name ${JSON.stringify(database)} is not a plain lower-case identifier`);
  const bindir = findPostgresBindir();
  const owner = clusterOwner();
  const folder = mkdtempSync(path.join(os.tmpdir(), "console-pg-"));
  const dataDir = path.join(folder, "data");
  const logFile = path.join(folder, "server.log");
  let server: ChildProcess | undefined;

  // Synchronous, so the process's exit hook can run it: an immediate stop needs no clean checkpoint.
  let stopped = false;
  const cleanup = () => {
    if (stopped) return;
    stopped = true;
    process.removeListener("exit", cleanup);
    if (server && server.exitCode === null && server.signalCode === null) {
      const [command, args] = commandAs(owner, bindir, "pg_ctl", ["stop", "-D", dataDir, "-m", "immediate", "-w", "-t", "10"]);
      try {
        execFileSync(command, args, { stdio: "ignore" });
      } catch {
        server.kill("SIGKILL"); // pg_ctl could not stop it: do not leave a server behind
      }
    }
    rmSync(folder, { recursive: true, force: true });
  };
  process.once("exit", cleanup);

  try {
    if (owner.ids) chownSync(folder, owner.ids.uid, owner.ids.gid);
    const [initdb, initArgs] = commandAs(owner, bindir, "initdb", ["-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
    await run(initdb, initArgs).catch((error: { stderr?: string; message: string }) => {
      throw new Error(`initdb failed for the test PostgreSQL in ${folder}: ${(error.stderr ?? error.message).trim()}`);
    });
    // Trust, but only on the socket and loopback: the server listens on nothing else either.
    writeFileSync(path.join(dataDir, "pg_hba.conf"), "local all all trust\nhost all all 127.0.0.1/32 trust\n");

    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      appendFileSync(
        path.join(dataDir, "postgresql.conf"),
        [
          `listen_addresses = '127.0.0.1'`,
          `port = ${port}`,
          `unix_socket_directories = '${folder}'`,
          // Speed over durability: a test cluster is thrown away, never recovered.
          "fsync = off",
          "synchronous_commit = off",
          "full_page_writes = off",
          "shared_buffers = 32MB",
          "",
        ].join("\n"),
      );
      const log = openSync(logFile, "a");
      const [command, args] = commandAs(owner, bindir, "postgres", ["-D", dataDir]);
      server = spawn(command, args, { stdio: ["ignore", log, log] });
      closeSync(log);
      server.unref();
      const outcome = await waitUntilReady(server, port, logFile);
      if (outcome === "ready") {
        await query(port, "postgres", `CREATE DATABASE ${database}`);
        return {
          url: urlOf(port, database),
          folder,
          async createDatabase(name, template) {
            if (!identifier.test(name) || (template !== undefined && !identifier.test(template))) {
              throw new Error(`database name ${JSON.stringify(name)} or template ${JSON.stringify(template)} is not a plain lower-case identifier`);
            }
            await copyDatabase(port, name, template);
            return urlOf(port, name);
          },
          async stop() {
            cleanup();
          },
        };
      }
      // Another process took the port between the probe and the bind: try a new one.
      if (outcome === "port_taken" && attempt < BIND_ATTEMPTS) continue;
      throw new Error(`the test PostgreSQL (${path.join(bindir, "postgres")}) did not start on 127.0.0.1:${port}; server log:\n${tail(logFile)}`);
    }
  } catch (error) {
    cleanup();
    throw error;
  }
}

async function query(port: number, database: string, sql: string): Promise<void> {
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
async function copyDatabase(port: number, name: string, template: string | undefined): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await query(port, "postgres", `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ""}`);
    } catch (error) {
      if ((error as { code?: string }).code !== "55006" || attempt >= 50) throw error;
      await sleep(20);
    }
  }
}

/** Polls with a real client until the server answers, it exits, or STARTUP_MS pass. */
async function waitUntilReady(server: ChildProcess, port: number, logFile: string): Promise<"ready" | "port_taken" | "failed"> {
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
    if (result === "exited") return /could not bind|Address already in use/.test(tail(logFile, 50)) ? "port_taken" : "failed";
    await sleep(100);
  }
  throw new Error(`the test PostgreSQL did not accept connections on 127.0.0.1:${port} within ${STARTUP_MS / 1000} s (last error: ${lastError}); server log:\n${tail(logFile)}`);
}
