import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestConsole, type TestConsole } from "../testing/test-console.ts";
import { textMessage, visitorClient } from "../testing/visitor-client.ts";

let c: TestConsole;
beforeAll(async () => {
  c = await startTestConsole();
});
afterAll(() => c.close());

/** Opens the customer page's live stream with that visitor's cookie; answers its closer. */
async function openPage(cookie: string) {
  const controller = new AbortController();
  const res = await fetch(`${c.url}/api/visitor/events`, { headers: { cookie }, signal: controller.signal });
  await res.body?.getReader().read();
  return async () => {
    controller.abort();
    // The server notices the closed socket on its next tick.
    await new Promise((resolve) => setTimeout(resolve, 50));
  };
}

describe("heartbeat", () => {
  it("closes with heartBeatBreak (operator_type 1, audited) once a visitor has had no live page for the window", async () => {
    const v = visitorClient(c.url);
    const sid: string = (await v.request("POST", "/api/visitor/messages", textMessage("在吗"))).body.conversation.sid;
    const closePage = await openPage(v.cookie() ?? "");
    expect(await c.service.heartbeat.runOnce(1)).not.toContain(sid); // live: left open
    await closePage();
    expect(await c.service.heartbeat.runOnce(60_000)).not.toContain(sid); // gone, but not for long enough
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await c.service.heartbeat.runOnce(1)).toContain(sid);
    expect(await c.store.sessions.get(sid)).toMatchObject({ status: "closed", close_reason: "heartBeatBreak" });
    const member = (await c.store.sessions.get(sid))?.channel_uid;
    expect(c.sandbox.state.snapshot().closes.find((x) => x.sid === sid)).toMatchObject({ reason: "heartBeatBreak", operatorType: "1", operatorId: member });
    const audit = (await c.requestAs("supervisor", "GET", `/api/audit?sid=${sid}`)).body.items;
    expect(audit.some((e: { actor: string }) => e.actor === "system:heartbeat")).toBe(true);
    const page = (await v.request("GET", "/api/visitor/conversation")).body.conversation;
    expect(page).toMatchObject({ status: "closed", close_reason: "heartBeatBreak", closed_by_side: "customer" });
  });

  it("leaves alone a visitor this process never saw live (after a restart) and does nothing when off", async () => {
    const v = visitorClient(c.url);
    const sid: string = (await v.request("POST", "/api/visitor/messages", textMessage("没开页面"))).body.conversation.sid;
    expect(await c.service.heartbeat.runOnce(1)).not.toContain(sid);
    expect(await c.service.heartbeat.runOnce(0)).toEqual([]);
    expect((await c.store.sessions.get(sid))?.status).toBe("open");
  });
});
