import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newSessionBody, startTestConsole, type TestConsole } from "../../testing/test-console.ts";
import { textMessage, visitorClient } from "../../testing/visitor-client.ts";

// Who wrote a message: the staff account that sent it through the console is stored with it (so a
// supervisor reading an agent's chat sees which of them answered), the customer stays a member id.

let c: TestConsole;
let dataDir: string;
beforeAll(async () => {
  // On disk rather than :memory:, so the test can write a row as an older build would have.
  dataDir = mkdtempSync(join(tmpdir(), "sender-"));
  c = await startTestConsole({ dataDir });
});
afterAll(async () => {
  await c.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const list = async (sid: string) => (await c.requestAs("supervisor", "GET", `/api/sessions/${sid}/messages`)).body.items as Array<Record<string, unknown>>;

describe("the sender of a stored message", () => {
  it("names the agent and the supervisor who each wrote in one session, by username and current display name", async () => {
    const sid = "s-sender-both";
    await c.request("POST", "/api/sessions", newSessionBody({ sid }));
    const byAgent = await c.request("POST", `/api/sessions/${sid}/messages`, textMessage("agent here", "m-by-agent"));
    expect(byAgent.body.sent_by).toEqual({ username: "agent", display_name: "演示客服 Demo Agent" });
    const bySupervisor = await c.requestAs("supervisor", "POST", `/api/sessions/${sid}/messages`, textMessage("supervisor here", "m-by-sup"));
    expect(bySupervisor.body.sent_by).toEqual({ username: "supervisor", display_name: "演示主管 Demo Supervisor" });

    const items = await list(sid);
    expect(items.map((m) => [m.message_id, m.sent_by])).toEqual([
      ["m-by-agent", { username: "agent", display_name: "演示客服 Demo Agent" }],
      ["m-by-sup", { username: "supervisor", display_name: "演示主管 Demo Supervisor" }],
    ]);
    // Both are the console's messages to the platform: same sender type, the configured service id.
    expect(items.map((m) => m.sender_type)).toEqual(["4", "4"]);
  });

  it("keeps the sender on a message whose send failed (the retry belongs to the same person)", async () => {
    const sid = "s-sender-failed";
    await c.request("POST", "/api/sessions", newSessionBody({ sid }));
    c.sandbox.faults.add({
      method: "alibaba.lyservice.lippi.message.send",
      kind: "error_response",
      error: { code: 41, msg: "Invalid arguments", sub_code: "isv.invalid-parameter", sub_msg: "content" },
    });
    const failed = await c.request("POST", `/api/sessions/${sid}/messages`, textMessage("will fail", "m-sender-fail"));
    expect(failed.status).toBe(422);
    expect((await list(sid))[0]).toMatchObject({ status: "failed", sent_by: { username: "agent" } });
  });

  it("records no staff account for a customer's message: the customer is their member id", async () => {
    const v = visitorClient(c.url);
    const sent = await v.request("POST", "/api/visitor/messages", textMessage("我是顾客"));
    const stored = await c.store.messages.get(sent.body.message.message_id);
    expect(stored?.sender_id).toMatch(/^v_/);
    expect(stored).not.toHaveProperty("sent_by");
  });

  it("leaves rows stored before the column existed without a sender, and reads them as before", async () => {
    const sid = "s-sender-old";
    await c.request("POST", "/api/sessions", newSessionBody({ sid }));
    const db = new Database(join(dataDir, "console.sqlite"));
    try {
      db.prepare(`INSERT INTO messages (message_id, sid, content_type, content, payload_json, sender_type, sender_id, status, created_at, updated_at)
        VALUES ('m-old', ?, 1, 'old', '{"text":"old"}', '4', '80003', 'sent', 1, 1)`).run(sid);
    } finally {
      db.close();
    }
    const [old] = await list(sid);
    expect(old).toMatchObject({ message_id: "m-old", type: "TEXT", payload: { text: "old" } });
    expect(old).not.toHaveProperty("sent_by");
  });
});
