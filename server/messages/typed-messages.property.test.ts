import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentTypeNames, type MessageDraft, messageLimits as L } from "../../contract/message-content.ts";
import { contentTypes } from "../../contract/top-dtos.ts";
import { newSessionBody, startTestConsole, type TestConsole } from "../testing/test-console.ts";
import { encodeContent } from "./dingtalk-content.ts";

// Every content type, valid and invalid payloads, straight at the API over real HTTP (BFF → TOP client →
// sandbox). Holds: no 5xx; an invalid payload is answered 400 naming a payload field, and is neither
// stored nor sent to TOP; a valid one is sent with its DingTalk encoding and comes back, in the answer
// and in a re-read of the list, as the very typed value that was posted.

let c: TestConsole;
const sid = "prop";
let n = 0;
beforeAll(async () => {
  c = await startTestConsole();
  await c.request("POST", "/api/sessions", newSessionBody({ sid }));
});
afterAll(() => c.close());

/**
 * Not blank, at most `max` UTF-16 units: what the schemas take. Any Unicode, plus the limit itself, with
 * leading and trailing spaces kept (they must come back as typed: rich-text runs, code indentation).
 */
const pad = fc.constantFrom("", " ", "  ", "\n");
const text = (max: number) =>
  fc
    .tuple(pad, fc.oneof(fc.string({ minLength: 1, maxLength: Math.min(40, max), unit: "grapheme" }), fc.constant("字".repeat(max))), pad)
    .map(([before, s, after]) => before + s + after)
    .filter((s) => s.trim().length > 0 && s.length <= max);
/** A media id is an identifier: trimmed by the schema, so generated trimmed. */
const id = text(L.mediaId).map((s) => s.trim()).filter((s) => s.length > 0);
/** Canonical (as `new URL(u).href`), since that is what the BFF stores and answers. */
const url = fc
  .webUrl({ validSchemes: ["http", "https"], withQueryParameters: true, withFragments: true })
  .map((u) => new URL(u).href)
  .filter((u) => u.length <= L.url);
const mediaRef = fc.oneof(
  fc.record({ mediaId: id }),
  fc.record({ url }),
  fc.record({ mediaId: id, url }),
);
const seconds = (max: number) => fc.integer({ min: 1, max });

const payloads: { [K in MessageDraft["type"]]: fc.Arbitrary<Extract<MessageDraft, { type: K }>["payload"]> } = {
  TEXT: fc.record({ text: text(L.text) }),
  IMAGE: mediaRef,
  VIDEO: fc.tuple(mediaRef, fc.record({ duration: seconds(L.videoSeconds), picUrl: url }, { requiredKeys: ["duration"] })).map(([m, v]) => ({ ...m, ...v })),
  LINK: fc.record({ title: text(L.title), text: text(L.linkText), messageUrl: url, picUrl: url }, { requiredKeys: ["title", "text", "messageUrl"] }),
  VOICE: fc.tuple(mediaRef, seconds(L.voiceSeconds)).map(([m, duration]) => ({ ...m, duration })),
  MARK_DOWN: fc.record({ title: text(L.title), text: text(L.markdown) }),
  ACTION_CARD: fc.record(
    {
      title: text(L.title),
      markdown: text(L.markdown),
      buttons: fc.array(fc.record({ title: text(L.buttonTitle), actionURL: url }), { minLength: 1, maxLength: L.buttons }),
      btnOrientation: fc.constantFrom("0" as const, "1" as const),
    },
    { requiredKeys: ["title", "markdown", "buttons"] },
  ),
  RICH_TEXT: fc.record({
    richText: fc.array(fc.oneof(fc.record({ text: text(200), bold: fc.boolean() }, { requiredKeys: ["text"] }), fc.record({ imageUrl: url })), {
      minLength: 1,
      maxLength: 20,
    }),
  }),
  FILE: fc
    .tuple(mediaRef, fc.record({ fileName: text(L.fileName), fileSize: fc.integer({ min: 0, max: L.fileBytes }) }, { requiredKeys: ["fileName"] }))
    .map(([m, f]) => ({ ...m, ...f })),
  MSG_READ: fc.record({ readTime: fc.integer({ min: L.readTimeMin, max: Date.now() + 23 * 3_600_000 }) }),
};
const validMessage: fc.Arbitrary<MessageDraft> = fc.oneof(
  ...contentTypeNames.map((type) => payloads[type].map((payload) => ({ type, payload }) as MessageDraft)),
);

/** Values no field of that kind may take. */
const badText = fc.constantFrom("", "   ", 5, null, ["x"], "字".repeat(L.text + 1), "ok\uD800");
const badUrl = fc.constantFrom("javascript:alert(1)", "ftp://example.com/a", "data:text/html,x", "not a url", `https://e.com/${"a".repeat(L.url)}`, 7, "https://\u0661.com/a.png", "https://e.com/a b");
const badNumber = fc.constantFrom(-1, 1.5, Number.MAX_SAFE_INTEGER, 1e300, "12", null);
const badReadTime = fc.constantFrom(8_640_000_000_000_001, 0, L.readTimeMin - 1, Date.now() + 3 * 86_400_000, -5, 1.5, "now");
const badFields: Record<string, fc.Arbitrary<unknown>> = {
  text: badText,
  title: badText,
  markdown: badText,
  fileName: badText,
  mediaId: fc.constantFrom("", 3, "m".repeat(L.mediaId + 1)),
  url: badUrl,
  picUrl: badUrl,
  messageUrl: badUrl,
  duration: badNumber,
  fileSize: fc.constantFrom(-1, 1.5, L.fileBytes + 1, "2048"),
  readTime: badReadTime,
  buttons: fc.constantFrom([], [{ title: "a", actionURL: "javascript:x" }], [{ title: "", actionURL: "https://e.com" }], "b", Array(6).fill({ title: "a", actionURL: "https://e.com" })),
  btnOrientation: fc.constantFrom("2", 1, ""),
  richText: fc.constantFrom([], [{ text: "" }], [{ imageUrl: "javascript:x" }], [{ text: "a", imageUrl: "https://e.com" }], Array(3).fill({ text: "字".repeat(L.richTextRun) })),
  unexpectedKey: fc.constantFrom("x", 1),
};
/** A valid message with one field made invalid (or an unknown key added): the 400 must name the payload. */
const invalidMessage = validMessage.chain((message) => {
  const keys = [...Object.keys(message.payload), "unexpectedKey"];
  return fc.constantFrom(...keys).chain((key) =>
    (badFields[key] ?? badText).map((bad) => ({ type: message.type, payload: { ...message.payload, [key]: bad } })),
  );
});

async function newest() {
  const list = await c.request("GET", `/api/sessions/${sid}/messages?limit=1`);
  return list.body.items[0];
}

// Hundreds of real HTTP round trips (BFF → TOP client → sandbox) per property: a few seconds alone,
// far more on a loaded 2-core machine. The limit guards against a hang, not a speed.
describe("typed messages at the API", { timeout: 120_000 }, () => {
  it("take every valid payload, send its DingTalk encoding and answer the same typed value", async () => {
    await fc.assert(
      fc.asyncProperty(validMessage, async (message) => {
        const id = `p-ok-${++n}`;
        const res = await c.request("POST", `/api/sessions/${sid}/messages`, { message_id: id, ...message });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect({ type: res.body.type, payload: res.body.payload }).toEqual(message);
        const listed = await newest();
        expect(listed.message_id).toBe(id);
        expect({ type: listed.type, payload: listed.payload }).toEqual(message);
        const delivered = c.sandbox.state.message(sid, id);
        expect(delivered).toMatchObject({ contentType: contentTypes[message.type], content: encodeContent(message).content });
      }),
      { numRuns: 200, seed: 20261202 },
    );
  });

  async function expectRefused(message: { type: string; payload: unknown }) {
    const id = `p-bad-${++n}`;
    const res = await c.request("POST", `/api/sessions/${sid}/messages`, { message_id: id, ...message });
    expect(res.status, JSON.stringify(message)).toBe(400);
    const paths: string[] = res.body.error.fields.map((f: { path: string }) => f.path);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p) => p === "payload" || p.startsWith("payload."))).toBe(true);
    expect(await c.store.messages.get(id)).toBeUndefined();
    expect(c.sandbox.state.message(sid, id)).toBeUndefined();
  }

  it("refuse every invalid payload with 400 naming it, and neither store nor send it", async () => {
    await fc.assert(fc.asyncProperty(invalidMessage, expectRefused), { numRuns: 300, seed: 20261202 });
  });

  it("refuse each bad value of each field of each type (every combination, once)", async () => {
    let combinations = 0;
    for (const type of contentTypeNames) {
      const arbitrary: fc.Arbitrary<object> = payloads[type];
      const [payload] = fc.sample(arbitrary, { numRuns: 1, seed: combinations });
      for (const key of [...Object.keys(payload ?? {}), "unexpectedKey"]) {
        for (const bad of fc.sample(badFields[key] ?? badText, { numRuns: 40, seed: 1 }).filter((v, i, all) => all.indexOf(v) === i)) {
          await expectRefused({ type, payload: { ...payload, [key]: bad } });
          combinations++;
        }
      }
    }
    expect(combinations).toBeGreaterThan(100);
  });

  it("never answer 5xx to any type and payload, and store only what it sent", async () => {
    const anyMessage = fc.record({
      type: fc.oneof(fc.constantFrom(...contentTypeNames), fc.string()),
      payload: fc.oneof(fc.jsonValue(), validMessage.map((m) => m.payload)),
      sender_type: fc.option(fc.constantFrom("1", "4", 4), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(anyMessage, async (message) => {
        const id = `p-any-${++n}`;
        const res = await c.request("POST", `/api/sessions/${sid}/messages`, { message_id: id, ...message });
        expect(res.status).toBeLessThan(500);
        if (res.status !== 200) {
          expect(res.status).toBe(400);
          expect(await c.store.messages.get(id)).toBeUndefined();
          expect(c.sandbox.state.message(sid, id)).toBeUndefined();
        } else {
          expect(res.body).toMatchObject({ type: message.type, sender_type: "4" });
          expect(c.sandbox.state.message(sid, id)?.deliveries).toBe(1);
        }
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });
});
