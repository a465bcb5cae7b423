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

  it("a send in flight on A is not released by B starting, and B's Retry after A died mid-call goes through once", async () => {
    const database = { engine: "postgres" as const, url: postgres.url };
    const a = await startTestConsole({ database, sandbox, client: { timeoutMs: 5_000 } });
    // B's clock runs two minutes ahead: to B, A's pending send is older than any call can take, as if A had died.
    const late = await startTestConsole({ database, sandbox, as: "agent-2", now: () => Date.now() + 120_000 });
    const b = await startTestConsole({ database, sandbox, as: "agent-2" });
    try {
      expect((await a.request("POST", "/api/sessions", newSessionBody({ sid: "pg-pending" }))).status).toBeLessThan(300);
      // The platform takes the message at once but answers 1.5 s later.
      sandbox.faults.add({ method: "alibaba.lyservice.lippi.message.send", kind: "latency", phase: "after", latencyMs: 1_500, times: 1 });
      const message = { message_id: "pg-pending-m1", type: "TEXT", payload: { text: "在吗" } };
      const onA = a.request("POST", "/api/sessions/pg-pending/messages", message);
      await expect.poll(async () => (await a.store.messages.get(message.message_id))?.status).toBe("pending");

      // An instance starting now must leave A's send alone: A is sending it.
      expect(await b.service.interruptedSends.releaseAtStart(false)).toBe(0);
      expect((await b.requestAs("supervisor", "POST", "/api/sessions/pg-pending/messages", message)).status).toBe(409);
      expect((await onA).body).toMatchObject({ message_id: message.message_id, status: "sent" });

      // Pending again, long ago as far as `late` can tell: its Retry re-sends under the same id.
      await a.store.messages.markFailed(message.message_id, { code: "top_unavailable", message: "cut off" }, Date.now());
      await a.store.messages.beginSend({ message_id: message.message_id, sid: "pg-pending", content_type: 1, content: "在吗", payload_json: JSON.stringify(message.payload), sender_type: "4", at: Date.now() });
      const retried = await late.requestAs("supervisor", "POST", "/api/sessions/pg-pending/messages", message);
      expect(retried.body).toMatchObject({ message_id: message.message_id, status: "sent" });
      expect(sandbox.state.allMessages().filter((m) => m.messageId === message.message_id)).toHaveLength(1);
    } finally {
      await Promise.all([a.close(), late.close(), b.close()]);
    }
  });
});
