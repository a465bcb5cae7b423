import { describe, expect, it } from "vitest";
import { messageListSchema, sendMessageBodySchema } from "./api.ts";
import { messageLimits, messagePayloadSchemas } from "./message-content.ts";

const issuePaths = (result: { error?: { issues: Array<{ path: PropertyKey[] }> } | undefined }) =>
  (result.error?.issues ?? []).map((issue) => issue.path.join(".")).sort();

describe("message payload limits", () => {
  it("requires a media id or URL for media types", () => {
    expect(issuePaths(messagePayloadSchemas.IMAGE.safeParse({}))).toEqual(["url"]);
  });

  it("takes http(s) URLs only", () => {
    for (const messageUrl of ["javascript:alert(1)", "ftp://e.com/x", "data:text/html,x", `https://e.com/${"a".repeat(messageLimits.url)}`]) {
      expect(issuePaths(messagePayloadSchemas.LINK.safeParse({ title: "a", text: "b", messageUrl }))).toEqual(["messageUrl"]);
    }
  });

  it("bounds the text of a rich-text message as a whole, not only per run", () => {
    const run = { text: "字".repeat(messageLimits.richTextRun) };
    expect(messagePayloadSchemas.RICH_TEXT.safeParse({ richText: [run, run] }).success).toBe(true);
    expect(issuePaths(messagePayloadSchemas.RICH_TEXT.safeParse({ richText: [run, run, run] }))).toEqual(["richText"]);
  });

  it("bounds numbers: durations, file sizes and read times", () => {
    expect(messagePayloadSchemas.VOICE.safeParse({ mediaId: "m", duration: messageLimits.voiceSeconds + 1 }).success).toBe(false);
    expect(messagePayloadSchemas.FILE.safeParse({ mediaId: "m", fileName: "f", fileSize: messageLimits.fileBytes + 1 }).success).toBe(false);
    expect(messagePayloadSchemas.MSG_READ.safeParse({ readTime: 8_640_000_000_000_001 }).success).toBe(false);
    expect(messagePayloadSchemas.MSG_READ.safeParse({ readTime: Date.UTC(1999, 11, 31) }).success).toBe(false);
    expect(messagePayloadSchemas.MSG_READ.safeParse({ readTime: Date.UTC(2026, 0, 1) }).success).toBe(true);
  });

  it("names a misspelt key instead of dropping it", () => {
    const result = messagePayloadSchemas.ACTION_CARD.safeParse({ title: "t", markdown: "m", buttons: [{ title: "a", actionUrl: "https://e.com" }] });
    expect(issuePaths(result)).toEqual(["buttons.0", "buttons.0.actionURL"]);
  });
});

describe("the send body", () => {
  it("names each bad field by its path in the body", () => {
    const result = sendMessageBodySchema.safeParse({ message_id: "m 1", type: "LINK", payload: { title: "", text: "x", messageUrl: "nope" } });
    expect(issuePaths(result)).toEqual(["message_id", "payload.messageUrl", "payload.title"]);
  });

  it("takes no customer's sender_type from an agent", () => {
    expect(issuePaths(sendMessageBodySchema.safeParse({ message_id: "m1", type: "TEXT", payload: { text: "hi" }, sender_type: "1" }))).toEqual([
      "sender_type",
    ]);
    expect(sendMessageBodySchema.safeParse({ message_id: "m1", type: "TEXT", payload: { text: "hi" }, sender_type: "4" }).success).toBe(true);
  });
});

describe("issue 9 follow-ups", () => {
  it("keeps text as typed (spaces between rich-text runs, indentation) but refuses blank text", () => {
    const runs = [{ text: "Order ", bold: true }, { text: "SF123" }, { text: " has shipped" }];
    expect(messagePayloadSchemas.RICH_TEXT.parse({ richText: runs })).toEqual({ richText: runs });
    expect(messagePayloadSchemas.MARK_DOWN.parse({ title: "t", text: "    code" }).text).toBe("    code");
    expect(issuePaths(messagePayloadSchemas.TEXT.safeParse({ text: " \n " }))).toEqual(["text"]);
  });

  it("refuses lone surrogates in text and URLs", () => {
    expect(issuePaths(messagePayloadSchemas.TEXT.safeParse({ text: "ok\uD800" }))).toEqual(["text"]);
    expect(issuePaths(messagePayloadSchemas.IMAGE.safeParse({ url: "https://e.com/\uDC00" }))).toEqual(["url"]);
  });

  it("takes URLs as canonical http(s) with an ASCII host, and stores the parsed href", () => {
    for (const bad of ["https://\u0661.com/a.png", "https://例子.com/", "https://e.com/a b", "https://e.com/\u0000", " https://e.com/", "https:e.com"]) {
      expect(issuePaths(messagePayloadSchemas.IMAGE.safeParse({ url: bad })), bad).toEqual(["url"]);
    }
    expect(messagePayloadSchemas.IMAGE.parse({ url: "HTTPS://Example.COM:443/ä" }).url).toBe("https://example.com/%C3%A4");
    expect(messagePayloadSchemas.IMAGE.parse({ url: "https://xn--fsqu00a.com/a" }).url).toBe("https://xn--fsqu00a.com/a");
  });

  it("reads each message of a list on its own: one the schema refuses becomes unreadable", () => {
    const record = { sid: "s", sender_type: "4", status: "sent", created_at: 1, updated_at: 1 };
    const list = messageListSchema.parse({
      items: [
        { ...record, message_id: "a", type: "IMAGE", payload: { url: "javascript:alert(1)" } },
        { ...record, message_id: "b", type: "TEXT", payload: { text: "hi" } },
      ],
    });
    expect(list.items.map((item) => item.type)).toEqual(["unreadable", "TEXT"]);
    expect(list.items[0]).toMatchObject({ message_id: "a", content_type: 2, raw: expect.stringContaining("javascript") as unknown });
  });
});
