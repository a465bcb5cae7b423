import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consoleEventSchema, type ConsoleEvent } from "../../../contract/events.ts";
import { newSessionBody, startTestConsole, type TestConsole } from "../../testing/test-console.ts";

let c: TestConsole;
beforeAll(async () => {
  c = await startTestConsole();
});
afterAll(() => c.close());

/** A minimal SSE reader: collects parsed events until `count` have arrived. */
async function collect(url: string, cookie: string, count: number, ready: () => void): Promise<ConsoleEvent[]> {
  const controller = new AbortController();
  const res = await fetch(url, { signal: controller.signal, headers: { cookie } });
  expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: ConsoleEvent[] = [];
  let buffer = "";
  ready();
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const frames = buffer.split("\n\n");
    buffer = frames.pop() ?? "";
    for (const frame of frames) {
      const data = frame.split("\n").find((line) => line.startsWith("data: "));
      if (data) events.push(consoleEventSchema.parse(JSON.parse(data.slice(6))));
    }
  }
  controller.abort();
  return events;
}

describe("GET /api/events", () => {
  it("delivers the same changes to two open consoles", async () => {
    let readyCount = 0;
    let allReady!: () => void;
    const bothReady = new Promise<void>((resolve) => (allReady = resolve));
    const onReady = () => ++readyCount === 2 && allReady();
    const agent = await c.login("agent", "agent-demo-pass");
    const supervisor = await c.login("supervisor", "supervisor-demo-pass");
    const first = collect(`${c.url}/api/events`, agent, 5, onReady);
    const second = collect(`${c.url}/api/events`, supervisor, 5, onReady);
    await bothReady;

    await c.request("POST", "/api/sessions", newSessionBody({ sid: "s-live" }));
    await c.request("POST", "/api/sessions/s-live/messages", { message_id: "m-live", type: "TEXT", payload: { text: "hi" } });
    await c.request("POST", "/api/sessions/s-live/close", { reason: "memberIsSilent" });

    for (const events of await Promise.all([first, second])) {
      // session.updated: the inbox row (last message preview) changed with the sent message.
      expect(events.map((e) => e.type)).toEqual(["session.opened", "message.updated", "message.updated", "session.updated", "session.closed"]);
      const statuses = events.flatMap((e) => (e.type === "message.updated" ? [e.message.status] : []));
      expect(statuses).toEqual(["pending", "sent"]);
    }
  });
});
