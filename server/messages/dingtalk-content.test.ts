import { describe, expect, it } from "vitest";
import type { MessageDraft } from "../../contract/message-content.ts";
import { decodeContent, encodeContent } from "./dingtalk-content.ts";

const messages: MessageDraft[] = [
  { type: "TEXT", payload: { text: "你好，有什么可以帮您？" } },
  { type: "IMAGE", payload: { url: "https://example.com/a.png" } },
  { type: "VIDEO", payload: { mediaId: "@lAD123", duration: 12 } },
  { type: "LINK", payload: { title: "订单", text: "查看订单", messageUrl: "https://example.com/o/1" } },
  { type: "VOICE", payload: { url: "https://example.com/v.amr", duration: 5 } },
  { type: "MARK_DOWN", payload: { title: "说明", text: "# 标题\n- 一\n- 二" } },
  {
    type: "ACTION_CARD",
    payload: { title: "评价", markdown: "请评价", buttons: [{ title: "好", actionURL: "https://example.com/g" }] },
  },
  {
    type: "ACTION_CARD",
    payload: {
      title: "评价",
      markdown: "请评价",
      buttons: [
        { title: "好", actionURL: "https://example.com/g" },
        { title: "差", actionURL: "https://example.com/b" },
      ],
      btnOrientation: "1",
    },
  },
  { type: "RICH_TEXT", payload: { richText: [{ text: "粗体", bold: true }, { imageUrl: "https://example.com/i.png" }] } },
  { type: "FILE", payload: { url: "https://example.com/f.pdf", fileName: "发票.pdf", fileSize: 2048 } },
  { type: "MSG_READ", payload: { readTime: 1_700_000_000_000 } },
];

describe("DingTalk content encoding", () => {
  it("sends TEXT as the text itself, not JSON", () => {
    expect(encodeContent({ type: "TEXT", payload: { text: "hello" } })).toEqual({ content_type: 1, content: "hello" });
  });

  it("uses DingTalk's single-button form for a one-button action card", () => {
    const { content, content_type } = encodeContent(messages[6]!);
    expect(content_type).toBe(7);
    expect(JSON.parse(content)).toEqual({ title: "评价", markdown: "请评价", singleTitle: "好", singleURL: "https://example.com/g" });
  });

  it("uses DingTalk's button list, with its orientation, for more buttons", () => {
    const { content } = encodeContent(messages[7]!);
    expect(JSON.parse(content)).toEqual({
      title: "评价",
      markdown: "请评价",
      btnOrientation: "1",
      btns: [
        { title: "好", actionURL: "https://example.com/g" },
        { title: "差", actionURL: "https://example.com/b" },
      ],
    });
  });

  it.each(messages.map((m, i) => [`${i}: ${m.type}`, m] as const))("round-trips %s", (_name, message) => {
    const { content_type, content } = encodeContent(message);
    expect(decodeContent(content_type, content)).toEqual(message);
  });
});

describe("DingTalk content decoding", () => {
  it.each([
    ["an unknown content type", 99, "x"],
    ["an empty text", 1, ""],
    ["a text over even the stored-row cap", 1, "字".repeat(1_000_001)],
    ["an image that is not JSON", 2, "not json"],
    ["a video without its duration", 3, '{"url":"https://e.com/v.mp4"}'],
    ["a link to javascript:", 4, '{"title":"t","text":"x","messageUrl":"javascript:alert(1)"}'],
    ["a voice message of three hours", 5, '{"url":"https://e.com/v.amr","duration":10800}'],
    ["markdown as a JSON string", 6, '"# hi"'],
    ["an action card with no buttons", 7, '{"title":"t","markdown":"m","btns":[]}'],
    ["an action card that is an array", 7, "[1,2]"],
    ["an action card with a single button to ftp:", 7, '{"title":"t","markdown":"m","singleTitle":"a","singleURL":"ftp://e.com"}'],
    ["rich text with no runs", 8, '{"richText":[]}'],
    ["a file of 2 TiB", 9, `{"url":"https://e.com/f","fileName":"f","fileSize":${2 * 2 ** 40}}`],
    ["a read time past any date", 10, '{"readTime":8640000000000001}'],
    ["a read time in 1970", 10, '{"readTime":5}'],
    ["a payload with an unknown key", 2, '{"url":"https://e.com/a.png","onload":"x"}'],
    ["JSON null", 10, "null"],
  ])("reads %s as nothing, without throwing", (_name, contentType, content) => {
    expect(decodeContent(contentType, content)).toBeUndefined();
  });
});
