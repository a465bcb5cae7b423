import { type ChildProcess, execFile, execFileSync, spawn } from "node:child_process";
import { appendFileSync, chownSync, closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { clusterOwner, commandAs, findPostgresBindir } from "./postgres-binaries.ts";
import { copyDatabase, freePort, logTail, query, waitUntilReady } from "./postgres-client.ts";

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
const BIND_ATTEMPTS = 3;
const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
const identifier = /^[a-z_][a-z0-9_]{0,62}$/;
const urlOf = (port: number, database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;

export interface StartOptions {
  /** The database made at start; its URL is `url`. */
  database?: string;
  /**
   * Collate that database by this ICU locale (e.g. "en-US") rather than the cluster's C: what a
   * production database created under en_US.UTF-8 does, so a query that relies on byte order without
   * saying COLLATE "C" fails in tests too.
   */
  icuLocale?: string;
}

export async function startPostgres({ database = "console_test", icuLocale }: StartOptions = {}): Promise<PostgresServer> {
  if (!identifier.test(database)) throw new Error(`database name ${JSON.stringify(database)} is not a plain lower-case identifier`);
  if (icuLocale !== undefined && !/^[A-Za-z0-9_-]{1,40}$/.test(icuLocale)) throw new Error(`ICU locale ${JSON.stringify(icuLocale)} is not a plain locale name`);
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
    for (const signal of signals) process.removeListener(signal, onSignal);
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
  // Interrupted (Ctrl+C, a runner's SIGTERM): clean up, then die of the signal as before, unless someone
  // else listens for it and decides.
  const onSignal = (signal: NodeJS.Signals) => {
    cleanup();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  process.once("exit", cleanup);
  for (const signal of signals) process.once(signal, onSignal);

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
        const collation = icuLocale ? ` TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE '${icuLocale}'` : "";
        await query(port, "postgres", `CREATE DATABASE ${database}${collation}`);
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
      throw new Error(`the test PostgreSQL (${path.join(bindir, "postgres")}) did not start on 127.0.0.1:${port}; server log:\n${logTail(logFile)}`);
    }
  } catch (error) {
    cleanup();
    throw error;
  }
}
