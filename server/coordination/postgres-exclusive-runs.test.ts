import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PostgresServer, startPostgres } from "../testing/postgres-server.ts";
import type { ExclusiveRuns } from "./exclusive-runs.ts";
import { createPostgresExclusiveRuns } from "./postgres-exclusive-runs.ts";

// Two runners on one throwaway PostgreSQL stand for two instances' timers.

const quiet = { warn: () => undefined };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function gate() {
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe("timer runs on one instance at a time on PostgreSQL", () => {
  let server: PostgresServer;
  let a: ExclusiveRuns;
  let b: ExclusiveRuns;

  beforeAll(async () => {
    server = await startPostgres({ database: "locks_test" });
    a = createPostgresExclusiveRuns(server.url, quiet);
    b = createPostgresExclusiveRuns(server.url, quiet);
  }, 60_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.stop();
  });

  it("runs one of two concurrent runs of the same name, on two instances or on one", async () => {
    for (const [first, second] of [[a, b], [a, a]] as const) {
      let runs = 0;
      // Long enough that the other run asks for the lock while this one holds it.
      const run = async () => {
        runs++;
        await sleep(300);
        return "done";
      };
      const outcomes = await Promise.all([first.runExclusive("auto-close", run), second.runExclusive("auto-close", run)]);
      expect(outcomes.filter((o) => o.ran)).toEqual([{ ran: true, value: "done" }]);
      expect(runs).toBe(1);
    }
  });

  it("runs different names side by side", async () => {
    const hold = gate();
    const one = a.runExclusive("auto-close", () => hold.opened.then(() => 1));
    const other = b.runExclusive("heartbeat", async () => 2);
    expect(await other).toEqual({ ran: true, value: 2 });
    hold.open();
    expect(await one).toEqual({ ran: true, value: 1 });
  });

  it("releases the lock when a run throws, so the next run on any instance goes ahead", async () => {
    await expect(a.runExclusive("heartbeat", async () => Promise.reject(new Error("platform down")))).rejects.toThrow("platform down");
    expect(await b.runExclusive("heartbeat", async () => "ran")).toEqual({ ran: true, value: "ran" });
    expect(await a.runExclusive("heartbeat", async () => "again")).toEqual({ ran: true, value: "again" });
  });

  it("skips, with one warning, while the database cannot be reached", async () => {
    const warnings: string[] = [];
    const url = new URL(server.url);
    url.port = "1";
    url.password = "s3cret";
    const unreachable = createPostgresExclusiveRuns(url.toString(), { warn: (detail) => warnings.push(JSON.stringify(detail)) });
    let runs = 0;
    for (let i = 0; i < 2; i++) expect(await unreachable.runExclusive("auto-close", async () => runs++)).toEqual({ ran: false });
    expect(runs).toBe(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toContain("s3cret");
    await unreachable.close();
  });
});
