import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embedSignature } from "../../visitor/embed-signature.ts";
import { startTestConsole, type TestConsole } from "../../testing/test-console.ts";
import { textMessage, visitorClient } from "../../testing/visitor-client.ts";

const EMBED_SECRET = "embed-secret-for-tests-0123456789";
let c: TestConsole;
beforeAll(async () => {
  c = await startTestConsole({ visitor: { embedSecret: EMBED_SECRET } });
});
afterAll(() => c.close());

describe("a visitor's conversation", () => {
  it("opens on the first message as the customer (channel 0, member = visitor id, sender_type 1) and comes back on reload", async () => {
    const v = visitorClient(c.url);
    expect((await v.request("GET", "/api/visitor/conversation")).body).toEqual({ visitor: { signed_member: false }, conversation: null });
    expect((await v.request("POST", "/api/visitor/nickname", { nickname: "小红" })).body).toMatchObject({ nickname: "小红" });
    const sent = await v.request("POST", "/api/visitor/messages", textMessage("你好，我的订单还没发货 😀"));
    expect(sent.status).toBe(200);
    expect(sent.body.message).toMatchObject({ side: "customer", status: "sent", type: "TEXT" });
    const sid: string = sent.body.conversation.sid;
    const platform = c.sandbox.state.snapshot().sessions.find((s) => s.sid === sid);
    const memberId = (await c.store.sessions.get(sid))?.channel_uid;
    expect(memberId).toMatch(/^v_/);
    expect(platform?.source).toMatchObject({ channel: "0", channel_uid: memberId, cms_id: memberId, channel_nick: "小红", summary: "你好，我的订单还没发货 😀" });
    expect(typeof platform?.source.session_start_time).toBe("number");
    expect(platform?.target).toMatchObject({ service_id: "80003", bu_id: "100", session_source: "XSpace" });
    const stored = await c.store.messages.get(sent.body.message.message_id);
    expect(stored).toMatchObject({ sender_type: "1", sender_id: memberId });

    const reload = await v.request("GET", "/api/visitor/conversation");
    expect(reload.body.conversation).toMatchObject({ sid, status: "open" });
    expect(reload.body.conversation.messages).toHaveLength(1);
    // Nothing about agents' usernames, service ids or sender ids reaches the page.
    expect(JSON.stringify(reload.body)).not.toMatch(/80003|sender_id|service_id|"agent"/);
  });

  it("retries a message with the same id once, never as a second message", async () => {
    const v = visitorClient(c.url);
    const m = textMessage("一次");
    const first = await v.request("POST", "/api/visitor/messages", m);
    const again = await v.request("POST", "/api/visitor/messages", m);
    expect(again.body.message.message_id).toBe(first.body.message.message_id);
    expect(c.sandbox.state.snapshot().messages.filter((x) => x.messageId === m.message_id)).toHaveLength(1);
  });

  it("ends the chat with memberCloseTheSession, operator_type 1, and the next message opens a new one", async () => {
    const v = visitorClient(c.url);
    const sid: string = (await v.request("POST", "/api/visitor/messages", textMessage("结束吧"))).body.conversation.sid;
    const ended = await v.request("POST", `/api/visitor/sessions/${sid}/end`, {});
    expect(ended.body).toMatchObject({ sid, status: "closed", close_reason: "memberCloseTheSession", closed_by_side: "customer" });
    const close = c.sandbox.state.snapshot().closes.find((x) => x.sid === sid);
    expect(close).toMatchObject({ reason: "memberCloseTheSession", operatorType: "1" });
    const next = await v.request("POST", "/api/visitor/messages", textMessage("又来了"));
    expect(next.body.conversation.sid).not.toBe(sid);
  });

  it("refuses what the schemas refuse, naming the field", async () => {
    const v = visitorClient(c.url);
    const bad = await v.request("POST", "/api/visitor/messages", { message_id: "x1", type: "IMAGE", payload: { mediaId: "abc" } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toContain("payload.mediaId");
    const markdown = await v.request("POST", "/api/visitor/messages", { message_id: "x2", type: "MARK_DOWN", payload: { title: "t", text: "t" } });
    expect(markdown.status).toBe(400);
    expect((await v.request("POST", "/api/visitor/messages", textMessage("x"), { "x-requested-with": "" })).status).toBe(403);
  });
});

describe("visitors are kept apart", () => {
  it("visitor A cannot read, send to or close visitor B's session: 404 like a guessed sid", async () => {
    const a = visitorClient(c.url);
    const b = visitorClient(c.url);
    const sidB: string = (await b.request("POST", "/api/visitor/messages", textMessage("B 的秘密"))).body.conversation.sid;
    await a.request("POST", "/api/visitor/messages", textMessage("A 的"));
    for (const sid of [sidB, "c000000000000000000000000"]) {
      expect((await a.request("GET", `/api/visitor/sessions/${sid}/messages`)).status).toBe(404);
      expect((await a.request("POST", `/api/visitor/sessions/${sid}/end`, {})).status).toBe(404);
    }
    // Sending can only go to A's own conversation: a message id of B's is refused, not sent to B's.
    const bMessage = (await b.request("GET", "/api/visitor/conversation")).body.conversation.messages[0].message_id;
    const hijack = await a.request("POST", "/api/visitor/messages", { ...textMessage("冒充"), message_id: bMessage });
    expect(hijack.status).toBe(409);
    expect((await c.store.sessions.get(sidB))?.status).toBe("open");
    const bView = (await b.request("GET", "/api/visitor/conversation")).body.conversation.messages;
    expect(bView.map((m: { type: string; payload: { text: string } }) => m.payload.text)).toEqual(["B 的秘密"]);
    // A forged cookie is a new anonymous visitor, not B.
    const forged = visitorClient(c.url, { cookie: `lyv_visitor=${b.cookie()?.split("=")[1]?.replace(/.$/, "x")}` });
    expect((await forged.request("GET", "/api/visitor/conversation")).body.conversation).toBeNull();
  });

  it("ignores a forged or stale embed signature; a good one makes the visitor that member", async () => {
    const v = visitorClient(c.url);
    const ts = Math.floor(Date.now() / 1000);
    const claim = { member_id: "shop-member-42", nickname: "会员42", ts };
    const forged = await v.request("POST", "/api/visitor/identify", { ...claim, sig: embedSignature("wrong-secret-wrong-secret", claim) });
    expect(forged.body).toEqual({ signed_member: false });
    const stale = { ...claim, ts: ts - 3600 };
    expect((await v.request("POST", "/api/visitor/identify", { ...stale, sig: embedSignature(EMBED_SECRET, stale) })).body.signed_member).toBe(false);
    const sent = await v.request("POST", "/api/visitor/messages", textMessage("匿名"));
    expect((await c.store.sessions.get(sent.body.conversation.sid))?.channel_uid).toMatch(/^v_/);

    const w = visitorClient(c.url);
    const good = await w.request("POST", "/api/visitor/identify", { ...claim, sig: embedSignature(EMBED_SECRET, claim) });
    expect(good.body).toEqual({ signed_member: true, nickname: "会员42" });
    const mine = await w.request("POST", "/api/visitor/messages", textMessage("会员来了"));
    expect(await c.store.sessions.get(mine.body.conversation.sid)).toMatchObject({ channel_uid: "shop-member-42", channel_nick: "会员42" });
  });
});

describe("the console API cannot speak as the customer", () => {
  it("refuses an agent's sender_type 1 by name", async () => {
    const v = visitorClient(c.url);
    const sid: string = (await v.request("POST", "/api/visitor/messages", textMessage("在吗"))).body.conversation.sid;
    await c.requestAs("supervisor", "POST", `/api/sessions/${sid}/assign`, { agent: "agent" });
    const res = await c.request("POST", `/api/sessions/${sid}/messages`, { ...textMessage("假装客户"), sender_type: "1" });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain("sender_type");
  });
});

describe("agents' messages on the customer page", () => {
  it("are named by the display name of whoever wrote each one, never a username", async () => {
    const v = visitorClient(c.url);
    const sid: string = (await v.request("POST", "/api/visitor/messages", textMessage("请问"))).body.conversation.sid;
    await c.requestAs("supervisor", "POST", `/api/sessions/${sid}/assign`, { agent: "agent" });
    expect((await c.request("POST", `/api/sessions/${sid}/messages`, textMessage("客服来了"))).status).toBe(200);
    expect((await c.requestAs("supervisor", "POST", `/api/sessions/${sid}/messages`, textMessage("主管补充"))).status).toBe(200);
    const page = await v.request("GET", "/api/visitor/conversation");
    const names = page.body.conversation.messages.filter((m: { side: string }) => m.side === "agent").map((m: { agent_name: string }) => m.agent_name);
    expect(names).toEqual(["演示客服 Demo Agent", "演示主管 Demo Supervisor"]);
    expect(JSON.stringify(page.body)).not.toMatch(/sent_by|username|"agent_name":"(agent|supervisor)"/);
  });
});

describe("rate limits", () => {
  it("answer 429 with Retry-After for sends per visitor and starts per address", async () => {
    const limited = await startTestConsole({ visitor: { limits: { visitorSendsPerMinute: 3, addressSendsPerMinute: 100, visitorStartsPerHour: 10, addressStartsPerHour: 2 } } });
    try {
      const v = visitorClient(limited.url);
      for (let i = 0; i < 3; i++) expect((await v.request("POST", "/api/visitor/messages", textMessage(`第${i}条`))).status).toBe(200);
      const over = await v.request("POST", "/api/visitor/messages", textMessage("太多了"));
      expect(over.status).toBe(429);
      expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(over.body.error).toMatchObject({ code: "rate_limited" });
      // Starts: the second visitor from the same address may start, the third may not.
      expect((await visitorClient(limited.url).request("POST", "/api/visitor/messages", textMessage("二"))).status).toBe(200);
      const third = await visitorClient(limited.url).request("POST", "/api/visitor/messages", textMessage("三"));
      expect(third.status).toBe(429);
      expect(third.headers.get("retry-after")).not.toBeNull();
    } finally {
      await limited.close();
    }
  });
});
