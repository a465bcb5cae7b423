import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestConsole, type TestConsole } from "../../testing/test-console.ts";
import { textMessage, visitorClient } from "../../testing/visitor-client.ts";

let c: TestConsole;
beforeAll(async () => {
  c = await startTestConsole();
});
afterAll(() => c.close());

const startChat = async (text = "您好") => {
  const v = visitorClient(c.url);
  const res = await v.request("POST", "/api/visitor/messages", textMessage(text));
  return { v, sid: res.body.conversation.sid as string };
};

/** Opens the console's live stream as that user (what makes an agent online); answers its closer. */
async function openConsole(user: "agent" | "agent-2" | "supervisor") {
  const cookie = await c.login(user, `${user}-demo-pass`);
  const controller = new AbortController();
  const res = await fetch(`${c.url}/api/events`, { headers: { cookie }, signal: controller.signal });
  const reader = res.body?.getReader();
  await reader?.read(); // the first frame: the stream is registered
  return () => controller.abort();
}

describe("routing", () => {
  it("puts a new customer session in the Unassigned queue when no agent is online; every agent sees it", async () => {
    const { sid } = await startChat();
    const session = (await c.request("GET", `/api/sessions/${sid}`)).body;
    expect(session).toMatchObject({ origin: "customer", unread_count: 1 });
    expect(session.agent).toBeUndefined();
    for (const user of ["agent", "agent-2"] as const) {
      const queue = (await c.requestAs(user, "GET", "/api/sessions?view=unassigned&status=open")).body.items;
      expect(queue.map((s: { sid: string }) => s.sid)).toContain(sid);
    }
    // Not answerable before taking it.
    expect((await c.request("POST", `/api/sessions/${sid}/messages`, textMessage("hi"))).status).toBe(409);
  });

  it("gives it to the online agent with the fewest open sessions, audited", async () => {
    const closeA = await openConsole("agent");
    const closeB = await openConsole("agent-2");
    try {
      const counts = await c.store.sessions.openCounts(["agent", "agent-2"]);
      const first = await startChat("第一位");
      const firstOwner = (await c.store.sessions.get(first.sid))?.agent;
      const fewer = (counts.get("agent") ?? 0) <= (counts.get("agent-2") ?? 0) ? "agent" : "agent-2";
      expect(firstOwner).toBe(fewer);
      // Load them evenly, then the next one goes to whoever has fewer.
      const after = await c.store.sessions.openCounts(["agent", "agent-2"]);
      const second = await startChat("第二位");
      const expected = (after.get("agent") ?? 0) <= (after.get("agent-2") ?? 0) ? "agent" : "agent-2";
      expect((await c.store.sessions.get(second.sid))?.agent).toBe(expected);
      const audit = (await c.requestAs("supervisor", "GET", `/api/audit?sid=${second.sid}`)).body.items;
      expect(audit.map((e: { method: string }) => e.method)).toContain("console.session.route");
    } finally {
      closeA();
      closeB();
    }
  });
});

describe("taking and reassigning", () => {
  it("two agents taking at once: exactly one wins, the other gets 409 with who took it", async () => {
    const { sid } = await startChat("谁来接");
    const [a, b] = await Promise.all([c.requestAs("agent", "POST", `/api/sessions/${sid}/take`), c.requestAs("agent-2", "POST", `/api/sessions/${sid}/take`)]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.error.code).toBe("conflict");
    expect(loser.body.error.message).toMatch(/took this session first/);
    const winner = a.status === 200 ? "agent" : "agent-2";
    expect((await c.store.sessions.get(sid))?.agent).toBe(winner);
    const takes = (await c.requestAs("supervisor", "GET", `/api/audit?sid=${sid}&method=console.session.take`)).body.items;
    expect(takes).toHaveLength(1);
  });

  it("a supervisor reassigns; an agent may not; the other agent's session is hidden from them", async () => {
    const { sid } = await startChat("转接");
    await c.requestAs("agent", "POST", `/api/sessions/${sid}/take`);
    expect((await c.requestAs("agent", "POST", `/api/sessions/${sid}/assign`, { agent: "agent-2" })).status).toBe(403);
    const moved = await c.requestAs("supervisor", "POST", `/api/sessions/${sid}/assign`, { agent: "agent-2" });
    expect(moved.body).toMatchObject({ agent: "agent-2", agent_name: "演示客服二 Demo Agent 2" });
    expect((await c.requestAs("agent", "GET", `/api/sessions/${sid}`)).status).toBe(403);
    const bad = await c.requestAs("supervisor", "POST", `/api/sessions/${sid}/assign`, { agent: "nobody" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe("agent");
  });

  it("lists open before closed, and mine / unassigned views", async () => {
    const items = (await c.requestAs("supervisor", "GET", "/api/sessions?limit=200")).body.items as Array<{ status: string }>;
    const firstClosed = items.findIndex((s) => s.status === "closed");
    if (firstClosed >= 0) expect(items.slice(firstClosed).every((s) => s.status === "closed")).toBe(true);
    const mine = (await c.requestAs("agent", "GET", "/api/sessions?view=mine")).body.items as Array<{ agent?: string }>;
    expect(mine.every((s) => s.agent === "agent")).toBe(true);
  });
});

describe("reading", () => {
  it("sends MSG_READ to TOP once for the unread customer messages, clears unread, and the customer sees read", async () => {
    const { v, sid } = await startChat("第一条");
    await v.request("POST", "/api/visitor/messages", textMessage("第二条"));
    await c.request("POST", `/api/sessions/${sid}/take`);
    expect((await c.request("GET", `/api/sessions/${sid}`)).body).toMatchObject({ unread_count: 2, last_message: { preview: "第二条", side: "customer" } });
    const [r1, r2] = await Promise.all([c.request("POST", `/api/sessions/${sid}/read`), c.request("POST", `/api/sessions/${sid}/read`)]);
    expect(r1.body.session.unread_count).toBe(0);
    expect(r2.body.session.unread_count).toBe(0);
    const receipts = c.sandbox.state.snapshot().messages.filter((m) => m.sid === sid && m.contentType === 10);
    expect(receipts).toHaveLength(1);
    expect((await c.request("POST", `/api/sessions/${sid}/read`)).body.receipt).toBeUndefined();
    expect(c.sandbox.state.snapshot().messages.filter((m) => m.sid === sid && m.contentType === 10)).toHaveLength(1);
    const page = (await v.request("GET", "/api/visitor/conversation")).body.conversation;
    expect(page.agent_read_at).toBeGreaterThanOrEqual(Math.max(...page.messages.map((m: { created_at: number }) => m.created_at)));
    expect(page.messages.every((m: { type: string }) => m.type !== "MSG_READ")).toBe(true);
    // An agent's answer ends the wait.
    await c.request("POST", `/api/sessions/${sid}/messages`, textMessage("您好，马上处理"));
    const after = (await c.request("GET", `/api/sessions/${sid}`)).body;
    expect(after.waiting_since).toBeUndefined();
    expect(after.last_message).toMatchObject({ side: "agent", preview: "您好，马上处理" });
  });
});
