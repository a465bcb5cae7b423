import { describe, expect, it } from "vitest";
import { decodeContent } from "../../../../../contract/message-content.ts";
import { composerCandidate, composerDraft, encodeComposer } from "./composer-payload.ts";
import { emptyComposerValues } from "./composer-values.ts";

describe("composer payload", () => {
  it("leaves blank optional fields out and turns numbers into numbers", () => {
    const values = { ...emptyComposerValues("VIDEO"), url: " https://e.com/v.mp4 ", duration: "12", picUrl: "  " };
    expect(composerCandidate(values)).toEqual({ mediaId: undefined, url: "https://e.com/v.mp4", duration: 12, picUrl: undefined });
    expect(composerDraft(values)).toEqual({ type: "VIDEO", payload: { url: "https://e.com/v.mp4", duration: 12 } });
  });

  it("reads blanks the shared inputs report as undefined", () => {
    const values = { ...emptyComposerValues("LINK"), title: "T", text: "D", messageUrl: "https://e.com", picUrl: undefined };
    expect(composerDraft(values)).toEqual({ type: "LINK", payload: { title: "T", text: "D", messageUrl: "https://e.com" } });
  });

  it("keeps only each rich-text block's own fields", () => {
    const values = {
      ...emptyComposerValues("RICH_TEXT"),
      richText: [
        { kind: "text" as const, text: "粗体", bold: true, imageUrl: "stale" },
        { kind: "image" as const, text: "stale", bold: false, imageUrl: "https://e.com/i.png" },
      ],
    };
    expect(composerDraft(values)).toEqual({
      type: "RICH_TEXT",
      payload: { richText: [{ text: "粗体", bold: true }, { imageUrl: "https://e.com/i.png" }] },
    });
  });

  it("encodes a valid draft as the contract would, and nothing for an invalid one", () => {
    const values = {
      ...emptyComposerValues("ACTION_CARD"),
      title: "评价",
      markdown: "请评价",
      buttons: [{ title: "好", actionURL: "https://e.com/g" }],
    };
    const encoded = encodeComposer(values);
    expect(encoded?.content_type).toBe(7);
    expect(decodeContent(7, encoded?.content ?? "")).toEqual({
      type: "ACTION_CARD",
      payload: { title: "评价", markdown: "请评价", buttons: [{ title: "好", actionURL: "https://e.com/g" }] },
    });
    expect(encodeComposer({ ...values, buttons: [{ title: "", actionURL: "x" }] })).toBeUndefined();
  });
});
