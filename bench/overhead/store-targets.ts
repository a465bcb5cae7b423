import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startBenchPostgres } from "../lib/bench-postgres.ts";
import { type SandboxProcess, startSignedInBff } from "../lib/console-processes.ts";
import { bffTarget, directTarget, type Target } from "./targets.ts";

// The three ways the overhead suite sends a message: straight at the sandbox gateway, through a BFF on
// a SQLite file, and through a BFF on PostgreSQL (a throwaway cluster on loopback, as a team would run
// it next to the BFF). Both BFFs run all along, each idle while the other is measured, so the runs
// can alternate and a burst of a colleague's work lands on all three alike.

export const targetNames = ["direct", "sqlite", "postgres"] as const;
export type TargetName = (typeof targetNames)[number];

export const targetLabels: Record<TargetName, string> = {
  direct: "sandbox direct",
  sqlite: "through the BFF, SQLite",
  postgres: "through the BFF, PostgreSQL",
};

export interface StoreTargets {
  targets: Record<TargetName, Target>;
  /** Another empty database on the same cluster, e.g. for a profiled BFF of its own. */
  createPostgresDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startStoreTargets(sandbox: SandboxProcess, sessions: number, logLevel: string): Promise<StoreTargets> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "bench-overhead-"));
  // Undone in reverse order, whatever step fails.
  const undo: Array<() => Promise<unknown>> = [async () => rmSync(dataDir, { recursive: true, force: true })];
  const stop = async () => {
    for (const step of undo.reverse()) await step();
  };
  try {
    const postgres = await startBenchPostgres("bench_overhead");
    undo.push(() => postgres.server.stop());
    const onSqlite = await startSignedInBff({ dataDir: path.join(dataDir, "sqlite"), gateway: sandbox, logLevel });
    undo.push(() => onSqlite.bff.child.stop());
    const onPostgres = await startSignedInBff({ dataDir: path.join(dataDir, "postgres"), databaseUrl: postgres.server.url, gateway: sandbox, logLevel });
    undo.push(() => onPostgres.bff.child.stop());
    return {
      targets: {
        direct: await directTarget(sandbox, sessions),
        sqlite: await bffTarget(onSqlite.bff, onSqlite.client, sandbox, sessions),
        postgres: await bffTarget(onPostgres.bff, onPostgres.client, sandbox, sessions, { postgres: postgres.cpuMs }),
      },
      createPostgresDatabase: (name) => postgres.server.createDatabase(name),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
