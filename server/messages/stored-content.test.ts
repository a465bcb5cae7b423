import { describe, expect, it } from "vitest";
import { readStoredContent } from "./stored-content.ts";

describe("readStoredContent", () => {
  it("answers the stored typed payload", () => {
    const row = { content_type: 4, content: "ignored", payload_json: '{"title":"t","text":"x","messageUrl":"https://e.com/o"}' };
    expect(readStoredContent(row)).toEqual({ type: "LINK", payload: { title: "t", text: "x", messageUrl: "https://e.com/o" } });
  });

  it("decodes the DingTalk content of a row written before payloads were kept", () => {
    const row = { content_type: 7, content: '{"title":"t","markdown":"m","singleTitle":"a","singleURL":"https://e.com"}', payload_json: null };
    expect(readStoredContent(row)).toEqual({
      type: "ACTION_CARD",
      payload: { title: "t", markdown: "m", buttons: [{ title: "a", actionURL: "https://e.com" }] },
    });
  });

  it("falls back to the content when the stored payload is broken", () => {
    expect(readStoredContent({ content_type: 1, content: "hello", payload_json: "{broken" })).toEqual({ type: "TEXT", payload: { text: "hello" } });
    expect(readStoredContent({ content_type: 1, content: "hello", payload_json: '{"text":5}' })).toEqual({ type: "TEXT", payload: { text: "hello" } });
  });

  it.each([
    [10, '{"readTime":8640000000000001}', '{"readTime":8640000000000001}'],
    [10, "garbage", null],
    [7, "garbage", '"garbage"'],
    [99, "hi", '{"text":"hi"}'],
    [1, "", null],
  ])("marks content_type %s with content %j unreadable, keeping the raw text", (contentType, content, payloadJson) => {
    expect(readStoredContent({ content_type: contentType, content, payload_json: payloadJson })).toEqual({
      type: "unreadable",
      content_type: contentType,
      raw: content,
    });
  });
});

describe("rows valid under the limits before issue 9", () => {
  const json = (value: unknown) => JSON.stringify(value);
  it("still read as typed messages, not unreadable", () => {
    const runs = [{ text: "a".repeat(2000) }, { text: "b".repeat(2000) }, { text: "c".repeat(2000) }];
    const rows = [
      { content_type: 8, content: json({ richText: runs }), payload_json: json({ richText: runs }) },
      { content_type: 9, content: json({ mediaId: "m", fileName: "big.iso", fileSize: 3 * 1024 ** 3 }), payload_json: null },
      { content_type: 1, content: "字".repeat(20_000), payload_json: json({ text: "字".repeat(20_000) }) },
    ];
    expect(rows.map((row) => readStoredContent(row).type)).toEqual(["RICH_TEXT", "FILE", "TEXT"]);
  });

  it("still refuses non-http(s) URLs and wrong types", () => {
    expect(readStoredContent({ content_type: 2, content: json({ url: "javascript:alert(1)" }), payload_json: null }).type).toBe("unreadable");
    expect(readStoredContent({ content_type: 9, content: json({ mediaId: "m", fileName: 5 }), payload_json: null }).type).toBe("unreadable");
  });
});
