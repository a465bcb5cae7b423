import { describe, expect, it } from "vitest";
import { composerCandidate, composerDraft, composerDraftKey } from "./composer-payload.ts";
import { emptyComposerValues } from "./composer-values.ts";

describe("composer payload", () => {
  it("leaves blank optional fields out and turns numbers into numbers", () => {
    const values = { ...emptyComposerValues("VIDEO"), url: " https://e.com/v.mp4 ", duration: "12", picUrl: "  " };
    expect(composerCandidate(values)).toEqual({ mediaId: undefined, url: "https://e.com/v.mp4", duration: 12, picUrl: undefined });
    expect(composerDraft(values)).toEqual({ type: "VIDEO", payload: { url: "https://e.com/v.mp4", duration: 12 } });
  });

  it("reads blanks the shared inputs report as undefined", () => {
    const values = { ...emptyComposerValues("LINK"), title: "T", text: "D", messageUrl: "https://e.com", picUrl: undefined };
    expect(composerDraft(values)).toEqual({ type: "LINK", payload: { title: "T", text: "D", messageUrl: "https://e.com/" } });
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

  it("keys a valid draft by its typed message, and gives no key for an invalid one", () => {
    const values = {
      ...emptyComposerValues("ACTION_CARD"),
      title: "评价",
      markdown: "请评价",
      buttons: [{ title: "好", actionURL: "https://e.com/g" }],
    };
    const key = composerDraftKey(values);
    expect(JSON.parse(key ?? "null")).toEqual({
      type: "ACTION_CARD",
      payload: { title: "评价", markdown: "请评价", btnOrientation: "0", buttons: [{ title: "好", actionURL: "https://e.com/g" }] },
    });
    // Text is sent as typed (markdown indentation, rich-text spacing), so a trailing space is another message.
    expect(composerDraftKey({ ...values, markdown: "请评价 " })).not.toBe(key);
    expect(composerDraftKey({ ...values, title: "评价2" })).not.toBe(key);
    expect(composerDraftKey({ ...values, buttons: [{ title: "", actionURL: "x" }] })).toBeUndefined();
  });
});
