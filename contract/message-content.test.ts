import { describe, expect, it } from "vitest";
import { decodeContent, encodeContent, type MessageDraft, messagePayloadSchemas } from "./message-content.ts";

const drafts: MessageDraft[] = [
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
      btnOrientation: "1",
      buttons: [
        { title: "好", actionURL: "https://example.com/g" },
        { title: "差", actionURL: "https://example.com/b" },
      ],
    },
  },
  { type: "RICH_TEXT", payload: { richText: [{ text: "粗体", bold: true }, { imageUrl: "https://example.com/i.png" }] } },
  { type: "FILE", payload: { url: "https://example.com/f.pdf", fileName: "发票.pdf", fileSize: 2048 } },
  { type: "MSG_READ", payload: { readTime: 1_700_000_000_000 } },
];

describe("message content encoding", () => {
  it("sends TEXT as the text itself, not JSON", () => {
    expect(encodeContent({ type: "TEXT", payload: { text: "hello" } })).toEqual({ content_type: 1, content: "hello" });
  });

  it("uses DingTalk's single-button form for a one-button action card", () => {
    const { content, content_type } = encodeContent(drafts[6]!);
    expect(content_type).toBe(7);
    expect(JSON.parse(content)).toEqual({
      title: "评价",
      markdown: "请评价",
      singleTitle: "好",
      singleURL: "https://example.com/g",
    });
  });

  it.each(drafts.map((d) => [d.type, d] as const))("round-trips %s", (_type, draft) => {
    const { content_type, content } = encodeContent(draft);
    expect(decodeContent(content_type, content)).toEqual(draft);
  });

  it("requires a media id or URL for media types", () => {
    const result = messagePayloadSchemas.IMAGE.safeParse({});
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["url"]);
  });

  it("rejects non-http URLs", () => {
    expect(messagePayloadSchemas.LINK.safeParse({ title: "a", text: "b", messageUrl: "javascript:alert(1)" }).success).toBe(
      false,
    );
  });

  it("decodes garbage as undefined rather than throwing", () => {
    expect(decodeContent(2, "not json")).toBeUndefined();
    expect(decodeContent(99, "x")).toBeUndefined();
  });
});
