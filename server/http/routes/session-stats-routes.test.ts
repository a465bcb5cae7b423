import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newSessionBody, startTestConsole, type TestConsole } from "../../testing/test-console.ts";
import { textMessage, visitorClient } from "../../testing/visitor-client.ts";

// What the customer panel reads: the avatar the session was opened with, and its message count.

let c: TestConsole;
beforeAll(async () => {
  c = await startTestConsole();
});
afterAll(() => c.close());

describe("the session's customer details", () => {
  it("carries the avatar the session was opened with", async () => {
    const avatar = "https://img.alicdn.com/avatar/wang.png";
    expect((await c.request("POST", "/api/sessions", newSessionBody({ sid: "s-avatar", channel_avatar_url: avatar }))).status).toBe(201);
    expect((await c.request("GET", "/api/sessions/s-avatar")).body.channel_avatar_url).toBe(avatar);
    const listed = (await c.request("GET", "/api/sessions?view=mine&q=s-avatar")).body.items;
    expect(listed[0].channel_avatar_url).toBe(avatar);
  });

  it("counts the messages both sides sent, not the read receipts, for whoever may see the session", async () => {
    const v = visitorClient(c.url);
    const sid = (await v.request("POST", "/api/visitor/messages", textMessage("在吗"))).body.conversation.sid as string;
    await v.request("POST", "/api/visitor/messages", textMessage("想问一下订单"));
    expect((await c.request("POST", `/api/sessions/${sid}/take`)).status).toBe(200);
    expect((await c.request("POST", `/api/sessions/${sid}/read`)).status).toBe(200);
    expect((await c.request("POST", `/api/sessions/${sid}/messages`, textMessage("您好"))).status).toBe(200);
    const stats = await c.request("GET", `/api/sessions/${sid}/stats`);
    expect(stats.status).toBe(200);
    expect(stats.body).toEqual({ message_count: 3 });
    expect((await c.requestAs("agent-2", "GET", `/api/sessions/${sid}/stats`)).status).toBe(403);
    expect((await c.request("GET", "/api/sessions/nope/stats")).status).toBe(404);
  });
});
