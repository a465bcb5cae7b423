import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestConsole, type TestConsole } from "../testing/test-console.ts";
import { textMessage, visitorClient } from "../testing/visitor-client.ts";

// A customer's first message opens the conversation with session.create. When that call's answer is
// lost (here: the platform answers after the BFF stopped waiting), the page's Retry, the same
// message_id, must reach the SAME conversation on the platform, not leave an empty one behind.

let c: TestConsole;
beforeAll(async () => {
  c = await startTestConsole({ client: { timeoutMs: 200, maxAttempts: 1 } });
});
afterAll(() => c.close());

it("retrying a first message whose session.create answer was lost opens one conversation, not two", async () => {
  const v = visitorClient(c.url);
  c.sandbox.faults.add({ method: "alibaba.lyservice.lippi.session.create", kind: "latency", phase: "after", latencyMs: 400, times: 1 });
  const first = textMessage("第一条，答复丢了");
  const lost = await v.request("POST", "/api/visitor/messages", first);
  expect(lost.status).toBeGreaterThanOrEqual(500);
  const openedOnPlatform = c.sandbox.state.snapshot().sessions.map((s) => s.sid);
  expect(openedOnPlatform).toHaveLength(1);

  const retried = await v.request("POST", "/api/visitor/messages", first);
  expect(retried.status).toBe(200);
  expect(retried.body.conversation.sid).toBe(openedOnPlatform[0]);
  expect(c.sandbox.state.snapshot().sessions).toHaveLength(1);
  expect(c.sandbox.state.snapshot().messages.filter((m) => m.messageId === first.message_id)).toHaveLength(1);
});

it("a new first message after an ended conversation opens another one", async () => {
  const v = visitorClient(c.url);
  const sid: string = (await v.request("POST", "/api/visitor/messages", textMessage("你好"))).body.conversation.sid;
  await v.request("POST", `/api/visitor/sessions/${sid}/end`, {});
  const next = await v.request("POST", "/api/visitor/messages", textMessage("又来了"));
  expect(next.status).toBe(200);
  expect(next.body.conversation.sid).not.toBe(sid);
});
