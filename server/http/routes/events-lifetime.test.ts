import { afterEach, describe, expect, it } from "vitest";
import { startTestConsole, type TestConsole } from "../../testing/test-console.ts";

// An event stream belongs to its sign-in session: it ends, with a last `end` frame saying why,
// within seconds of that session ending for any reason, and a user's streams are capped.

let c: TestConsole | undefined;
afterEach(async () => {
  await c?.close();
  c = undefined;
});

interface OpenStream {
  /** Resolves with everything the stream sent, once the server ends it. */
  ended: Promise<string>;
  close: () => void;
}

async function openStream(url: string, cookie: string): Promise<OpenStream> {
  const controller = new AbortController();
  const res = await fetch(`${url}/api/events`, { headers: { cookie }, signal: controller.signal });
  expect(res.status).toBe(200);
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  // The first frame is written after the stream is registered: once it is here, the stream counts.
  const first = await reader.read();
  expect(first.value).toContain(": connected");
  const ended = (async () => {
    let text = first.value ?? "";
    for (;;) {
      // Closed by the test itself (abort): what arrived so far is the answer.
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return text;
      text += value;
    }
  })();
  return { ended, close: () => controller.abort() };
}

const endFrame = (reason: string) => `event: end\ndata: {"reason":"${reason}"}`;
const fast = { env: { STREAM_CHECK_SECONDS: "0.1" } };

describe("event streams end with their sign-in", () => {
  it("on sign-out, at once", async () => {
    c = await startTestConsole(fast);
    const cookie = await c.login("agent", "agent-demo-pass");
    const stream = await openStream(c.url, cookie);
    await fetch(`${c.url}/api/auth/logout`, { method: "POST", headers: { cookie, "x-requested-with": "lyservice-console" } });
    expect(await stream.ended).toContain(endFrame("signed_out"));
  });

  it("when the account is disabled or its password reset from another process", async () => {
    c = await startTestConsole(fast);
    const disabled = await openStream(c.url, await c.login("agent", "agent-demo-pass"));
    const reset = await openStream(c.url, await c.login("supervisor", "supervisor-demo-pass"));
    // What `npm run user -- disable` and `reset` do, on the store only: this process is not told.
    await c.store.users.setDisabled("agent", true);
    await c.store.authSessions.deleteForUser("supervisor");
    expect(await disabled.ended).toContain(endFrame("signed_out"));
    expect(await reset.ended).toContain(endFrame("signed_out"));
  });

  it("on idle expiry, without the open stream counting as activity", async () => {
    let clock = Date.parse("2026-11-23T08:00:00Z");
    c = await startTestConsole({ ...fast, now: () => clock, auth: { idleMs: 30 * 60_000 } });
    const stream = await openStream(c.url, await c.login("agent", "agent-demo-pass"));
    clock += 20 * 60_000;
    await new Promise((r) => setTimeout(r, 300));
    clock += 11 * 60_000;
    expect(await stream.ended).toContain(endFrame("signed_out"));
  });

  it("stops delivering message contents after the session ends", async () => {
    c = await startTestConsole(fast);
    const cookie = await c.login("agent", "agent-demo-pass");
    const stream = await openStream(c.url, cookie);
    await fetch(`${c.url}/api/auth/logout`, { method: "POST", headers: { cookie, "x-requested-with": "lyservice-console" } });
    await c.requestAs("agent", "POST", "/api/sessions", { source: { sid: "s-after", channel: "0", channel_uid: "u" }, target: {} });
    await c.requestAs("agent", "POST", "/api/sessions/s-after/messages", { message_id: "m-secret", content_type: 1, content: "secret-after-logout" });
    expect(await stream.ended).not.toContain("secret-after-logout");
  });

  it("caps streams per user, closing the oldest first", async () => {
    c = await startTestConsole({ env: { STREAMS_PER_USER: "2" } });
    const cookie = await c.login("agent", "agent-demo-pass");
    const oldest = await openStream(c.url, cookie);
    const middle = await openStream(c.url, cookie);
    const newest = await openStream(c.url, cookie);
    expect(await oldest.ended).toContain(endFrame("too_many_streams"));
    // The supervisor's streams are counted apart.
    const other = await openStream(c.url, await c.login("supervisor", "supervisor-demo-pass"));
    for (const s of [middle, newest, other]) s.close();
  });
});
