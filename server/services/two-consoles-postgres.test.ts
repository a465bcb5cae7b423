import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningSandbox, startSandbox } from "../sandbox/sandbox.ts";
import { type PostgresServer, startPostgres } from "../testing/postgres-server.ts";
import { newSessionBody, startTestConsole, TEST_APP_KEY, TEST_SECRET } from "../testing/test-console.ts";

// DATABASE_URL's point: two BFF instances over one PostgreSQL database serve the same console. Live
// events between instances are not part of this yet; what one writes, the other reads.

describe("two consoles on one PostgreSQL database", () => {
  let postgres: PostgresServer;
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    [postgres, sandbox] = await Promise.all([startPostgres(), startSandbox({ appKey: TEST_APP_KEY, appSecret: TEST_SECRET })]);
  }, 60_000);
  afterAll(async () => {
    await sandbox?.close();
    await postgres?.stop();
  });

  it("one opens a conversation and sends; the other finds it by search, and a resend of the message there is not sent twice", async () => {
    const database = { engine: "postgres" as const, url: postgres.url };
    // One after the other: the first seeds the demo accounts the second signs in with.
    const a = await startTestConsole({ database, sandbox });
    const b = await startTestConsole({ database, sandbox, as: "agent-2" });
    try {
      expect((await a.request("POST", "/api/sessions", newSessionBody({ sid: "pg-1" }))).status).toBeLessThan(300);
      const message = { message_id: "pg-m1", type: "TEXT", payload: { text: "你好" } };
      expect((await a.request("POST", "/api/sessions/pg-1/messages", message)).body.status).toBe("sent");

      const found = await b.requestAs("supervisor", "GET", "/api/sessions?q=PG-1");
      expect(found.body.items.map((s: { sid: string }) => s.sid)).toEqual(["pg-1"]);
      const again = await b.requestAs("agent", "POST", "/api/sessions/pg-1/messages", message);
      expect(again.body).toMatchObject({ message_id: "pg-m1", status: "sent" });
      expect(sandbox.state.allMessages().filter((m) => m.messageId === "pg-m1")).toHaveLength(1);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
