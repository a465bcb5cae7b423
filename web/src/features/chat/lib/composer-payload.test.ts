import { describe, expect, it } from "vitest";
import { composerCandidate, composerDraft, composerDraftKey, draftKey, draftKeyType } from "./composer-payload.ts";
import { emptyComposerValues } from "./composer-values.ts";

describe("composer payload", () => {
  it("leaves blank optional fields out and turns numbers into numbers", () => {
    const values = { ...emptyComposerValues("VIDEO"), VIDEO: { url: " https://e.com/v.mp4 ", mediaId: "", duration: "12", picUrl: "  " } };
    expect(composerCandidate(values)).toEqual({ mediaId: undefined, url: "https://e.com/v.mp4", duration: 12, picUrl: undefined });
    expect(composerDraft(values)).toEqual({ type: "VIDEO", payload: { url: "https://e.com/v.mp4", duration: 12 } });
  });

  it("reads blanks the shared inputs report as undefined", () => {
    const values = { ...emptyComposerValues("LINK"), LINK: { title: "T", text: "D", messageUrl: "https://e.com", picUrl: undefined } };
    expect(composerDraft(values)).toEqual({ type: "LINK", payload: { title: "T", text: "D", messageUrl: "https://e.com/" } });
  });

  it("sends only the open panel: the text box's draft stays out of a markdown message", () => {
    const values = { ...emptyComposerValues("MARK_DOWN"), TEXT: { text: "half a sentence" }, MARK_DOWN: { title: "退货", text: "# 七天" } };
    expect(composerDraft(values)).toEqual({ type: "MARK_DOWN", payload: { title: "退货", text: "# 七天" } });
    expect(composerDraft({ ...values, type: "TEXT" })).toEqual({ type: "TEXT", payload: { text: "half a sentence" } });
  });

  it("keeps only each rich-text block's own fields", () => {
    const values = {
      ...emptyComposerValues("RICH_TEXT"),
      RICH_TEXT: {
        richText: [
          { kind: "text" as const, text: "粗体", bold: true, imageUrl: "stale" },
          { kind: "image" as const, text: "stale", bold: false, imageUrl: "https://e.com/i.png" },
        ],
      },
    };
    expect(composerDraft(values)).toEqual({
      type: "RICH_TEXT",
      payload: { richText: [{ text: "粗体", bold: true }, { imageUrl: "https://e.com/i.png" }] },
    });
  });

  it("keys a valid draft by its typed message, and gives no key for an invalid one", () => {
    const card = { title: "评价", markdown: "请评价", btnOrientation: "0" as const, buttons: [{ title: "好", actionURL: "https://e.com/g" }] };
    const values = { ...emptyComposerValues("ACTION_CARD"), ACTION_CARD: card };
    const key = composerDraftKey(values);
    expect(JSON.parse(key ?? "null")).toEqual({
      type: "ACTION_CARD",
      payload: { title: "评价", markdown: "请评价", btnOrientation: "0", buttons: [{ title: "好", actionURL: "https://e.com/g" }] },
    });
    // Text is sent as typed (markdown indentation, rich-text spacing), so a trailing space is another message.
    expect(composerDraftKey({ ...values, ACTION_CARD: { ...card, markdown: "请评价 " } })).not.toBe(key);
    expect(composerDraftKey({ ...values, ACTION_CARD: { ...card, title: "评价2" } })).not.toBe(key);
    expect(composerDraftKey({ ...values, ACTION_CARD: { ...card, buttons: [{ title: "", actionURL: "x" }] } })).toBeUndefined();
  });
});

describe("draftKeyType", () => {
  it("reads the type of a sent message's key, and nothing from a key of another shape", () => {
    expect(draftKeyType(draftKey({ type: "MARK_DOWN", payload: { title: "a", text: "b" } }))).toBe("MARK_DOWN");
    expect(draftKeyType('{"type":"NOPE"}')).toBeUndefined();
    expect(draftKeyType("null")).toBeUndefined();
    expect(draftKeyType("{not json")).toBeUndefined();
  });
});
