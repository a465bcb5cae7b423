import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type PostgresServer, startPostgres } from "../../server/testing/postgres-server.ts";
import { addUser, type BenchUser } from "../lib/bench-user.ts";
import { ConsoleClient } from "../lib/console-client.ts";
import { type BffOptions, type BffProcess, type SandboxProcess, startBffProcess } from "../lib/console-processes.ts";
import { freePort } from "../lib/free-port.ts";

// The console the soak runs against. One instance: a BFF on a SQLite file, as one machine runs it. Two:
// two BFF processes on one throwaway PostgreSQL, as a team runs it behind a proxy; every client has a
// home instance and, as the proxy would send it, falls over to the other while its home refuses
// connections. Instance A (the first) is the one SIGKILLed mid-run and restarted on the same address:
// a message A left pending is released (failed, retryable) only by an instance's start-up, so a dead
// instance that never comes back would leave its in-flight messages pending for good.

export interface SoakDeployment {
  /** "SQLite" or "PostgreSQL". */
  store: string;
  /** One URL per instance, A first. */
  urls: readonly string[];
  /** An HTTP client homed on instance `i` that falls over to the others, as behind the proxy. */
  clientOf(i: number): ConsoleClient;
  /** Each instance's URL first, then the others: a visitor's way in. */
  upstreamsOf(i: number): string[];
  /** SIGKILL of instance A and its restart; answers how long it was down (ms). */
  crashAndRestart(): Promise<number>;
  stop(): Promise<void>;
}

export async function startSoakDeployment(
  instances: 1 | 2,
  sandbox: SandboxProcess,
  user: BenchUser,
  env: Record<string, string>,
): Promise<SoakDeployment> {
  const dataDirs = Array.from({ length: instances }, () => mkdtempSync(path.join(tmpdir(), "soak-")));
  let postgres: PostgresServer | undefined;
  const bffs: Array<BffProcess | undefined> = [];
  const stop = async () => {
    await Promise.allSettled(bffs.flatMap((bff) => (bff ? [bff.child.stop()] : [])));
    await postgres?.stop();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  };
  try {
    const [firstDir] = dataDirs as [string];
    if (instances === 2) postgres = await startPostgres({ database: "console_soak" });
    // Live mode seeds no accounts: add the soak's agent as `npm run user -- add` would (migrating the store).
    await addUser(postgres ? { engine: "postgres", url: postgres.url } : { engine: "sqlite", dataDir: firstDir }, user);
    const options: BffOptions[] = await Promise.all(
      dataDirs.map(async (dataDir) => ({
        dataDir,
        gateway: sandbox,
        // Fixed, so the restarted instance is where the proxy (the clients' fallbacks) expects it.
        port: await freePort(),
        logLevel: "warn",
        env: { ...env, ...(postgres && { DATABASE_URL: postgres.url }) },
      })),
    );
    // Together, as a deployment starts them: the migrations lock makes one migrate while the other waits.
    bffs.push(...(await Promise.all(options.map((o) => startBffProcess(o)))));
    const urls = options.map((o) => `http://127.0.0.1:${String(o.port)}`);
    const upstreamsOf = (i: number) => [urls[i] ?? "", ...urls.filter((_, j) => j !== i)];
    const clients = await Promise.all(
      urls.map(async (_, i) => {
        const [home = "", ...others] = upstreamsOf(i);
        const client = new ConsoleClient(home, 10_000, others);
        await client.signIn(user);
        return client;
      }),
    );
    return {
      store: postgres ? "PostgreSQL" : "SQLite",
      urls,
      clientOf: (i) => clients[i % clients.length] as ConsoleClient,
      upstreamsOf: (i) => upstreamsOf(i % urls.length),
      async crashAndRestart() {
        const down = performance.now();
        await bffs[0]?.child.kill();
        bffs[0] = undefined;
        bffs[0] = await startBffProcess(options[0] as BffOptions);
        return Math.round(performance.now() - down);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
