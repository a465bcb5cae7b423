import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleEvent } from "../../../contract/events.ts";
import { createLocalEventBus, type EventBus } from "../../events/event-bus.ts";
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

describe("a retry answered from the record", () => {
  it("publishes the sent message again, for the consoles that missed it when the sender died after its commit", async () => {
    await c.request("POST", "/api/sessions", newSessionBody({ sid: "s-relive" }));
    const message = { message_id: "m-relive", type: "TEXT", payload: { text: "sent before the crash" } };
    // Sent and committed, then its instance died before publishing: the record says sent, no console heard it.
    expect((await c.request("POST", "/api/sessions/s-relive/messages", message)).body).toMatchObject({ status: "sent" });
    const stream = consoleStream(c.url, await c.login("agent", "agent-demo-pass"));
    await stream.ready;
    try {
      expect((await c.request("POST", "/api/sessions/s-relive/messages", message)).body).toMatchObject({ status: "sent" });
      // A later message marks where to stop reading, so a missing event fails here rather than by timing out.
      await c.request("POST", "/api/sessions/s-relive/messages", { ...message, message_id: "m-after", payload: { text: "after" } });
      const events = await stream.until((seen) => seen.some((e) => e.type === "message.updated" && e.message.message_id === "m-after"));
      expect(events.slice(0, 2).map((e) => e.type)).toEqual(["message.updated", "session.updated"]);
      expect(events[0]).toMatchObject({ message: { message_id: "m-relive", status: "sent" } });
      expect(events[1]).toMatchObject({ session: { sid: "s-relive", last_message: { preview: "sent before the crash", side: "agent" } } });
    } finally {
      stream.stop();
    }
  });
});

describe("a close repeated after it was done", () => {
  it("publishes the closed session again, for the consoles that missed it when the closer died after its commit", async () => {
    await c.request("POST", "/api/sessions", newSessionBody({ sid: "s-reclose" }));
    expect((await c.request("POST", "/api/sessions/s-reclose/close", { reason: "memberIsSilent" })).status).toBe(200);
    const stream = consoleStream(c.url, await c.login("agent", "agent-demo-pass"));
    await stream.ready;
    try {
      // The person is told it was closed already; the consoles hear it closed.
      expect((await c.request("POST", "/api/sessions/s-reclose/close", { reason: "memberIsSilent" })).status).toBe(409);
      await c.request("POST", "/api/sessions", newSessionBody({ sid: "s-after-reclose" }));
      const events = await stream.until((seen) => seen.some((e) => e.type === "session.opened" && e.session.sid === "s-after-reclose"));
      expect(events[0]).toMatchObject({ type: "session.closed", session: { sid: "s-reclose", status: "closed" } });
    } finally {
      stream.stop();
    }
  });
});

describe("a send's answer and its events", () => {
  it("answers only once its events have left for the other instances, so a crash after answering cannot lose them", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let holding = false;
    const events: EventBus = { ...createLocalEventBus(), flush: () => (holding ? held : Promise.resolve()) };
    const gated = await startTestConsole({ events });
    try {
      await gated.request("POST", "/api/sessions", newSessionBody({ sid: "s-flush" }));
      holding = true;
      let answered = false;
      const send = gated.request("POST", "/api/sessions/s-flush/messages", { message_id: "m-flush", type: "TEXT", payload: { text: "held" } }).finally(() => (answered = true));
      // Stored as sent: from here on only the events stand between the send and its answer.
      while ((await gated.store.messages.get("m-flush"))?.status !== "sent") await new Promise((resolve) => setTimeout(resolve, 10));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(answered).toBe(false);
      release();
      expect((await send).body).toMatchObject({ message_id: "m-flush", status: "sent" });
    } finally {
      release();
      await gated.close();
    }
  });
});
