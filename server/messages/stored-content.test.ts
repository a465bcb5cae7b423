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
