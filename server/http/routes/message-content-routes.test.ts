import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newSessionBody, startTestConsole, type TestConsole } from "../../testing/test-console.ts";

// Issue 9 follow-ups over real HTTP (BFF → TOP client → sandbox): what a send keeps, canonicalises and
// refuses, so nothing is accepted that a reader (the browser, a retry) would then see differently.

let c: TestConsole;
const sid = "s-content";
beforeAll(async () => {
  c = await startTestConsole();
  await c.request("POST", "/api/sessions", newSessionBody({ sid }));
});
afterAll(() => c.close());

const post = (body: unknown) => c.request("POST", `/api/sessions/${sid}/messages`, body);
const paths = (res: { body: { error: { fields: Array<{ path: string }> } } }) => [...new Set(res.body.error.fields.map((f) => f.path))].sort();

describe("message content over the API", () => {
  it("delivers rich-text runs with their spaces", async () => {
    const richText = [{ text: "Order ", bold: true }, { text: "SF123" }, { text: " has shipped" }];
    const res = await post({ message_id: "rt-1", type: "RICH_TEXT", payload: { richText } });
    expect(res.status).toBe(200);
    expect(res.body.payload).toEqual({ richText });
    expect(JSON.parse(c.sandbox.state.message(sid, "rt-1")?.content ?? "null")).toEqual({ richText });
  });

  it("refuses a lone surrogate, and a retry of it the same way (never a 409)", async () => {
    const body = { message_id: "ls-1", type: "TEXT", payload: { text: "ok\uD800" } };
    for (const res of [await post(body), await post(body)]) {
      expect(res.status).toBe(400);
      expect(paths(res)).toEqual(["payload.text"]);
    }
    expect(c.sandbox.state.message(sid, "ls-1")).toBeUndefined();
  });

  it("refuses a URL whose host is not ASCII, and sends a URL as its canonical href", async () => {
    const refused = await post({ message_id: "u-1", type: "IMAGE", payload: { url: "https://\u0661.com/a.png" } });
    expect(refused.status).toBe(400);
    expect(paths(refused)).toEqual(["payload.url"]);
    const sent = await post({ message_id: "u-2", type: "IMAGE", payload: { url: "HTTPS://Example.COM:443/图.png" } });
    expect(sent.status).toBe(200);
    expect(sent.body.payload).toEqual({ url: "https://example.com/%E5%9B%BE.png" });
    expect(JSON.parse(c.sandbox.state.message(sid, "u-2")?.content ?? "null")).toEqual({ url: "https://example.com/%E5%9B%BE.png" });
    const again = await post({ message_id: "u-2", type: "IMAGE", payload: { url: "HTTPS://Example.COM:443/图.png" } });
    expect(again.status).toBe(200);
  });

  it("refuses a session id that could not be reached afterwards", async () => {
    for (const bad of ["..", " ", "\u0000", "x".repeat(5000)]) {
      const res = await c.request("POST", "/api/sessions", newSessionBody({ sid: bad }));
      expect(res.status, JSON.stringify(bad).slice(0, 20)).toBe(400);
      expect(paths(res)).toEqual(["source.sid"]);
    }
  });
});
