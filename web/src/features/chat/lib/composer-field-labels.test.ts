import { describe, expect, it } from "vitest";
import { composerFieldLabel } from "./composer-field-labels.ts";

describe("composerFieldLabel", () => {
  it("names a field by its panel and payload path", () => {
    expect(composerFieldLabel("TEXT.text")).toEqual({ key: "text" });
    expect(composerFieldLabel("MARK_DOWN.text")).toEqual({ key: "markdownText" });
    expect(composerFieldLabel("LINK.text")).toEqual({ key: "linkText" });
    expect(composerFieldLabel("LINK.picUrl")).toEqual({ key: "linkPicUrl" });
    expect(composerFieldLabel("VIDEO.picUrl")).toEqual({ key: "picUrl" });
    expect(composerFieldLabel("IMAGE.url")).toEqual({ key: "url" });
  });

  it("numbers card buttons and rich-text parts from 1", () => {
    expect(composerFieldLabel("ACTION_CARD.buttons.0.actionURL")).toEqual({ key: "buttonUrl", n: 1 });
    expect(composerFieldLabel("RICH_TEXT.richText.2.text")).toEqual({ key: "blockText", n: 3 });
    expect(composerFieldLabel("RICH_TEXT.richText")).toEqual({ key: "blocksTotal" });
  });
});
