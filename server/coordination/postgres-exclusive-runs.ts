import pg from "pg";
import { describePostgresUrl } from "../store/sql/database-config.ts";
import type { ExclusiveName, ExclusiveRuns } from "./exclusive-runs.ts";

// A timer's run takes a session-level advisory lock with pg_try_advisory_lock: the instance that gets
// it runs, the others skip this run (their timer fires again soon). Session locks belong to a
// connection, so they are taken on one dedicated client rather than the store's pool, whose
// connections change hands between queries. If that connection drops in the middle of a run the
// server releases the lock and another instance may start the same pass; the closes it makes are
// idempotent (a session found closed counts as already closed), so the cost is platform calls, not
// wrong state.

// Fixed 64-bit keys beside the migration lock (7_268_150_913): instances agree, other users won't.
const LOCK_KEYS: Record<ExclusiveName, number> = { "auto-close": 7_268_150_914, heartbeat: 7_268_150_915, "demo-seed": 7_268_150_916 };

export interface LockLog {
  warn(detail: object, message: string): void;
}

export function createPostgresExclusiveRuns(url: string, log: LockLog): ExclusiveRuns {
  let client: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  let failing = false;
  const password = decodeURIComponent(new URL(url).password);
  const redact = (text: string) => (password ? text.split(password).join("***") : text);
  // The same session may take its own advisory lock twice; a name running here is skipped before asking.
  const runningHere = new Set<ExclusiveName>();

  const connection = (): Promise<pg.Client> => {
    if (client) return Promise.resolve(client);
    connecting ??= (async () => {
      const next = new pg.Client({ connectionString: url, application_name: "console-timer-locks", connectionTimeoutMillis: 10_000 });
      next.on("error", () => undefined); // 'end' follows; the next run connects again
      next.once("end", () => {
        if (client === next) client = undefined;
      });
      await next.connect();
      client = next;
      return next;
    })().finally(() => (connecting = undefined));
    return connecting;
  };

  const lock = async (name: ExclusiveName): Promise<pg.Client | undefined> => {
    try {
      const held = await connection();
      const { rows } = await held.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [LOCK_KEYS[name]]);
      failing = false;
      return rows[0]?.locked ? held : undefined;
    } catch (error) {
      // Once per outage: a timer firing every few seconds must not fill the log while the database is down.
      if (!failing) log.warn({ database: describePostgresUrl(url), timer: name, reason: redact(error instanceof Error ? error.message : String(error)) }, "timer lock unavailable; runs are skipped until the database answers");
      failing = true;
      return undefined;
    }
  };

  return {
    async runExclusive(name, run) {
      if (runningHere.has(name)) return { ran: false };
      runningHere.add(name);
      try {
        const held = await lock(name);
        if (!held) return { ran: false };
        try {
          return { ran: true, value: await run() };
        } finally {
          // A connection lost meanwhile took the lock with it: nothing left to release.
          await held.query("SELECT pg_advisory_unlock($1)", [LOCK_KEYS[name]]).catch(() => undefined);
        }
      } finally {
        runningHere.delete(name);
      }
    },
    async close() {
      const pending = connecting;
      await pending?.catch(() => undefined);
      await client?.end().catch(() => undefined);
      client = undefined;
    },
  };
}
