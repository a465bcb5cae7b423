import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleEvent } from "../../../contract/events.ts";
import { consoleStream } from "../../testing/console-stream.ts";
import { newSessionBody, startTestConsole, type TestConsole } from "../../testing/test-console.ts";

let c: TestConsole;
beforeAll(async () => {
  c = await startTestConsole();
});
afterAll(() => c.close());

/** Collects a console's parsed events until `count` have arrived. */
async function collect(cookie: string, count: number, ready: () => void): Promise<ConsoleEvent[]> {
  const stream = consoleStream(c.url, cookie);
  expect((await stream.response).headers.get("content-type")).toMatch(/^text\/event-stream/);
  await stream.ready;
  ready();
  const events = await stream.until((seen) => seen.length >= count);
  stream.stop();
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
    const first = collect(agent, 5, onReady);
    const second = collect(supervisor, 5, onReady);
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
