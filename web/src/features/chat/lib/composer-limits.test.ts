import { describe, expect, it } from "vitest";
import { messageLimits, messagePayloadSchemas } from "../../../../../contract/message-content.ts";
import { composerCandidate } from "./composer-payload.ts";
import { limitOf, overLimits } from "./composer-limits.ts";
import { emptyComposerValues, emptyRichBlock } from "./composer-values.ts";

describe("composer limits", () => {
  it("reads each field's limit from the contract", () => {
    expect(limitOf("TEXT.text")).toBe(messageLimits.text);
    expect(limitOf("MARK_DOWN.text")).toBe(messageLimits.markdown);
    expect(limitOf("ACTION_CARD.buttons.3.title")).toBe(messageLimits.buttonTitle);
    expect(limitOf("LINK.messageUrl")).toBeUndefined();
  });

  it("names the field over its limit, agreeing with the payload schema at the boundary", () => {
    const atLimit = { ...emptyComposerValues(), TEXT: { text: "字".repeat(messageLimits.text) } };
    expect(overLimits(atLimit)).toEqual([]);
    expect(messagePayloadSchemas.TEXT.safeParse(composerCandidate(atLimit)).success).toBe(true);
    const over = { ...atLimit, TEXT: { text: `${atLimit.TEXT.text}!` } };
    expect(overLimits(over)).toEqual([{ name: "TEXT.text", length: messageLimits.text + 1, max: messageLimits.text }]);
    expect(messagePayloadSchemas.TEXT.safeParse(composerCandidate(over)).success).toBe(false);
  });

  it("looks only at the open panel", () => {
    const values = { ...emptyComposerValues("LINK"), TEXT: { text: "x".repeat(messageLimits.text + 1) } };
    expect(overLimits(values)).toEqual([]);
  });

  it("counts rich-text runs one by one and all together", () => {
    const run = (n: number) => ({ ...emptyRichBlock("text"), text: "a".repeat(n) });
    const values = { ...emptyComposerValues("RICH_TEXT"), RICH_TEXT: { richText: [run(2000), run(2000), run(1001), emptyRichBlock("image")] } };
    expect(overLimits(values)).toEqual([{ name: "RICH_TEXT.richText", length: 5001, max: messageLimits.richTextTotal }]);
  });
});
