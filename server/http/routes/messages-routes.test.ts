import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { newSessionBody, startTestConsole, type TestConsole } from "../../testing/test-console.ts";

let c: TestConsole;
let n = 0;
let sid: string;
beforeAll(async () => {
  c = await startTestConsole({ client: { timeoutMs: 300 } });
});
afterAll(() => c.close());
beforeEach(async () => {
  sid = `s-msg-${++n}`;
  await c.request("POST", "/api/sessions", newSessionBody({ sid }));
});

const send = (messageId: string, text = "您好，请问有什么可以帮您？") =>
  c.request("POST", `/api/sessions/${sid}/messages`, { message_id: messageId, type: "TEXT", payload: { text } });
const post = (body: unknown) => c.request("POST", `/api/sessions/${sid}/messages`, body);
const paths = (res: { body: { error: { fields: Array<{ path: string }> } } }) => [...new Set(res.body.error.fields.map((f) => f.path))].sort();
const deliveries = (messageId: string) => c.sandbox.state.message(sid, messageId)?.deliveries ?? 0;

describe("POST /api/sessions/:sid/messages", () => {
  it("sends a message through TOP and stores it as sent", async () => {
    const res = await send("m-ok");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ message_id: "m-ok", status: "sent", sender_type: "4", type: "TEXT", payload: { text: "您好，请问有什么可以帮您？" } });
    expect(res.body).not.toHaveProperty("content");
    expect(res.body.top_message_id).toMatch(/^\d+$/);
    expect(c.sandbox.state.message(sid, "m-ok")?.content).toBe("您好，请问有什么可以帮您？");
  });

  it("answers a repeat of a sent message from the store, without a second TOP call", async () => {
    await send("m-twice");
    const again = await send("m-twice");
    expect(again.body.status).toBe("sent");
    expect(deliveries("m-twice")).toBe(1);
  });

  it("stores a failed send as failed with the error; a retry with the same id delivers it once", async () => {
    c.sandbox.faults.add({
      method: "alibaba.lyservice.lippi.message.send",
      kind: "error_response",
      error: { code: 41, msg: "Invalid arguments", sub_code: "isv.invalid-parameter", sub_msg: "content" },
    });
    const failed = await send("m-retry");
    expect(failed.status).toBe(422);
    const stored = (await c.request("GET", `/api/sessions/${sid}/messages`)).body.items[0];
    expect(stored).toMatchObject({ message_id: "m-retry", status: "failed", error: { code: "top_rejected", top: { code: "41" } } });
    const retried = await send("m-retry");
    expect(retried.body.status).toBe("sent");
    expect(deliveries("m-retry")).toBe(1);
  });

  it("maps a timeout to 504 and flow control to 503", async () => {
    c.sandbox.faults.add({ method: "alibaba.lyservice.lippi.message.send", kind: "latency", latencyMs: 600, times: 2 });
    const slow = await send("m-slow");
    expect(slow.status).toBe(504);
    expect(slow.body.error.code).toBe("top_timeout");
    c.sandbox.faults.add({
      method: "alibaba.lyservice.lippi.message.send",
      kind: "error_response",
      error: { code: 7, msg: "App Call Limited", sub_code: "accesscontrol.limited-by-api-access-count", sub_msg: "This ban will last for 60 more seconds" },
    });
    const limited = await send("m-limited");
    expect(limited.status).toBe(503);
    expect(limited.body.error).toMatchObject({ code: "top_flow_control", top: { code: "7" } });
  });

  it("maps a garbled gateway body to 502 and keeps the message retryable", async () => {
    c.sandbox.faults.add({ method: "alibaba.lyservice.lippi.message.send", kind: "garbled", times: 2 });
    const res = await send("m-garbled");
    expect(res.status).toBe(502);
    expect(res.body.error.code).toBe("top_unavailable");
    expect((await send("m-garbled")).body.status).toBe("sent");
    expect(deliveries("m-garbled")).toBeGreaterThanOrEqual(1);
    expect(c.sandbox.state.allMessages().filter((m) => m.messageId === "m-garbled")).toHaveLength(1);
  });

  it("refuses to reuse a message id for other content", async () => {
    await send("m-reuse", "one");
    const res = await send("m-reuse", "two");
    expect(res.status).toBe(409);
    expect(res.body.error.fields[0].path).toBe("message_id");
  });

  it("refuses messages to a closed session", async () => {
    await c.request("POST", `/api/sessions/${sid}/close`, { reason: "memberIsSilent" });
    const res = await send("m-closed");
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("session_closed");
    expect(deliveries("m-closed")).toBe(0);
  });

  it("confirms a delivered-but-failed message after the session closed, without a second message", async () => {
    // Delivered, but both answers are lost: the console stores it as failed.
    c.sandbox.faults.add({ method: "alibaba.lyservice.lippi.message.send", kind: "drop", phase: "after", times: 2 });
    expect((await send("m-lost-answer")).status).toBe(502);
    await c.request("POST", `/api/sessions/${sid}/close`, { reason: "memberIsSilent" });
    const retried = await send("m-lost-answer");
    expect(retried.body.status).toBe("sent");
    expect(c.sandbox.state.allMessages().filter((m) => m.messageId === "m-lost-answer")).toHaveLength(1);
  });

  it("validates type and id", async () => {
    const res = await post({ message_id: "bad id!", type: "STICKER", payload: {} });
    expect(res.status).toBe(400);
    expect(paths(res)).toEqual(["message_id", "type"]);
  });

  it("refuses the old encoded body, naming the typed fields it lacks", async () => {
    const res = await post({ message_id: "m-old", content_type: 1, content: "hi" });
    expect(res.status).toBe(400);
    expect(paths(res)).toEqual(["type"]);
  });

  it("names each bad field of a payload by its path", async () => {
    const res = await post({
      message_id: "m-card",
      type: "ACTION_CARD",
      payload: { title: "", markdown: "x", buttons: [{ title: "ok", actionURL: "https://e.com" }, { title: "no", actionURL: "javascript:alert(1)" }] },
    });
    expect(res.status).toBe(400);
    expect(paths(res)).toEqual(["payload.buttons.1.actionURL", "payload.title"]);
    expect(await c.store.messages.get("m-card")).toBeUndefined();
    expect(c.sandbox.state.message(sid, "m-card")).toBeUndefined();
  });

  it("refuses a read time that is not a real time", async () => {
    for (const readTime of [8_640_000_000_000_001, Date.now() + 3 * 86_400_000, 1000, 1.5]) {
      const res = await post({ message_id: "m-read", type: "MSG_READ", payload: { readTime } });
      expect(res.status).toBe(400);
      expect(paths(res)).toEqual(["payload.readTime"]);
    }
    expect((await post({ message_id: "m-read", type: "MSG_READ", payload: { readTime: Date.now() } })).status).toBe(200);
  });

  it("never lets an agent send as the customer", async () => {
    const res = await post({ message_id: "m-as-customer", type: "TEXT", payload: { text: "hi" }, sender_type: "1" });
    expect(res.status).toBe(400);
    expect(paths(res)).toEqual(["sender_type"]);
    const own = await post({ message_id: "m-as-agent", type: "TEXT", payload: { text: "hi" } });
    expect(own.body.sender_type).toBe("4");
  });

  it("sends DingTalk's encoding to TOP and answers the typed payload", async () => {
    const payload = { title: "评价", markdown: "请评价", buttons: [{ title: "好", actionURL: "https://example.com/g" }] };
    const res = await post({ message_id: "m-encoded", type: "ACTION_CARD", payload });
    expect(res.body).toMatchObject({ type: "ACTION_CARD", payload });
    const delivered = c.sandbox.state.message(sid, "m-encoded");
    expect(delivered?.contentType).toBe(7);
    expect(JSON.parse(delivered?.content ?? "")).toEqual({ title: "评价", markdown: "请评价", singleTitle: "好", singleURL: "https://example.com/g" });
  });
});

describe("GET /api/sessions/:sid/messages", () => {
  it("pages from the newest backwards, each page oldest first", async () => {
    for (let i = 1; i <= 5; i++) await send(`m-page-${i}`, `message ${i}`);
    const first = await c.request("GET", `/api/sessions/${sid}/messages?limit=2`);
    expect(first.body.items.map((m: { message_id: string }) => m.message_id)).toEqual(["m-page-4", "m-page-5"]);
    const older = await c.request("GET", `/api/sessions/${sid}/messages?limit=10&cursor=${first.body.nextCursor}`);
    expect(older.body.items.map((m: { message_id: string }) => m.message_id)).toEqual(["m-page-1", "m-page-2", "m-page-3"]);
    expect(older.body.nextCursor).toBeUndefined();
  });
});
