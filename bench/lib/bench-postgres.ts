import { readFileSync } from "node:fs";
import path from "node:path";
import { type PostgresServer, startPostgres } from "../../server/testing/postgres-server.ts";
import { type CpuMeter, processTreeCpuMs } from "./process-cpu.ts";

// The PostgreSQL a benchmark runs the store on: the tests' throwaway cluster (its own folder, a free
// loopback port, run as the `postgres` user, removed by stop()), with a meter of the CPU its
// processes spend, since with PostgreSQL part of each request's work leaves the BFF's process.

export interface BenchPostgres {
  server: PostgresServer;
  /** CPU milliseconds of the postmaster and all its backends and workers, past and present. */
  cpuMs: CpuMeter;
}

export async function startBenchPostgres(database: string): Promise<BenchPostgres> {
  const server = await startPostgres({ database });
  // postmaster.pid's first line is the server's own pid (the started process may be runuser's).
  const pidLine = readFileSync(path.join(server.folder, "data", "postmaster.pid"), "utf8").split("\n")[0] ?? "";
  const pid = Number(pidLine);
  if (!Number.isSafeInteger(pid) || pid <= 0) {
    await server.stop();
    throw new Error(`the bench PostgreSQL's postmaster.pid does not start with a pid: ${JSON.stringify(pidLine)}`);
  }
  return { server, cpuMs: () => processTreeCpuMs(pid) };
}
