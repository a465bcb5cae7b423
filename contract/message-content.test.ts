import { describe, expect, it } from "vitest";
import { sendMessageBodySchema } from "./api.ts";
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
