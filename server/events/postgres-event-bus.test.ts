import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleEvent } from "../../contract/events.ts";
import { openSqlDatabase } from "../store/sql/open-sql-database.ts";
import { type PostgresServer, startPostgres } from "../testing/postgres-server.ts";
import { createPostgresEventBus, type PostgresEventBus } from "./postgres-event-bus.ts";
import { LISTENER_APPLICATION_NAME, type ListenerLog } from "./postgres-listener.ts";

// Two buses on one throwaway PostgreSQL database stand for two BFF instances.

const quiet: ListenerLog = { warn: () => undefined, info: () => undefined };
const changed = (id: string): ConsoleEvent => ({ type: "quick_replies.changed", id, change: "updated" });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(read: () => Promise<T | undefined> | T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await read();
    if (value !== undefined) return value;
    await sleep(25);
  }
  throw new Error(`timed out waiting for ${what}`);
}

function recorder(bus: PostgresEventBus): ConsoleEvent[] {
  const seen: ConsoleEvent[] = [];
  bus.subscribe((event) => seen.push(event));
  return seen;
}

describe("live events across instances on PostgreSQL", () => {
  let server: PostgresServer;
  let admin: pg.Client;
  const buses: PostgresEventBus[] = [];
  const open = async (log: ListenerLog = quiet) => {
    const bus = await createPostgresEventBus(server.url, log);
    buses.push(bus);
    return bus;
  };

  beforeAll(async () => {
    server = await startPostgres({ database: "bus_test" });
    await (await openSqlDatabase({ engine: "postgres", url: server.url })).close();
    admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
  }, 60_000);
  afterAll(async () => {
    for (const bus of buses) await bus.close();
    await admin?.end();
    await server?.stop();
  });

  it("delivers an event published on one instance once to each instance's subscribers", async () => {
    const [a, b] = [await open(), await open()];
    const [onA, onB] = [recorder(a), recorder(b)];
    a.publish(changed("q1"));
    expect(onA).toEqual([changed("q1")]); // locally at once, before any round trip
    await until(() => (onB.length > 0 ? true : undefined), "the event on B");
    b.publish(changed("q2"));
    await until(() => (onA.length > 1 ? true : undefined), "B's event on A");
    await sleep(200); // room for a wrong second delivery to arrive
    expect(onA).toEqual([changed("q1"), changed("q2")]);
    expect(onB).toEqual([changed("q1"), changed("q2")]);
  });

  it("sends an event past NOTIFY's limit through live_events, in publish order", async () => {
    const [a, b] = [await open(), await open()];
    const onB = recorder(b);
    // A long markdown message, as stored (JSON-escaping makes it larger still): far past 8000 bytes.
    const text = "长\n".repeat(10_000);
    const long: ConsoleEvent = {
      type: "message.updated",
      agent: "agent",
      message: { message_id: "m-long", sid: "s-1", sender_type: "1", status: "sent", created_at: 1, updated_at: 1, type: "MARK_DOWN", payload: { title: "长文", text } },
    };
    a.publish(long);
    a.publish(changed("after"));
    await until(() => (onB.length >= 2 ? true : undefined), "both events on B");
    expect(onB).toEqual([long, changed("after")]);
    const { rows } = await admin.query<{ n: string }>("SELECT count(*) AS n FROM live_events WHERE payload LIKE $1", ["%m-long%"]);
    expect(Number(rows[0]?.n)).toBe(1);
  });

  it("listens again after its connection is terminated, warning once", async () => {
    const warnings: string[] = [];
    const a = await open();
    const b = await open({ warn: (_detail, message) => warnings.push(message), info: () => undefined });
    const onB = recorder(b);
    const listeners = async () => (await admin.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND query LIKE 'LISTEN%'", [LISTENER_APPLICATION_NAME])).rows.map((r) => r.pid);
    const before = await listeners();
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", [LISTENER_APPLICATION_NAME]);
    // Every bus of this file lost its listener; wait until as many listen again on new connections.
    await until(async () => {
      const now = await listeners();
      return now.length === before.length && now.every((pid) => !before.includes(pid)) ? true : undefined;
    }, "the listeners to reconnect");
    a.publish(changed("later"));
    await until(() => (onB.length > 0 ? true : undefined), "an event after the reconnect");
    expect(onB).toEqual([changed("later")]);
    expect(warnings).toHaveLength(1);
  });
});
