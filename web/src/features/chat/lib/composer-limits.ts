import { messageLimits } from "../../../../../contract/message-content.ts";
import type { ComposerValues, RichBlockValues } from "./composer-values.ts";

// The length limit of each text field of the composer, read from the contract's messageLimits (the
// one place for each limit, which the BFF enforces too), and which limits the open panel is over.
// Lengths are UTF-16 code units, as the contract's zod schemas count them.

/** A counter appears once a field holds this share of its limit: room to rephrase, no clutter before. */
export const counterThreshold = 0.8;

const rules: [RegExp, number][] = [
  [/^TEXT\.text$/, messageLimits.text],
  [/^(LINK|MARK_DOWN|ACTION_CARD)\.title$/, messageLimits.title],
  [/^LINK\.text$/, messageLimits.linkText],
  [/^MARK_DOWN\.text$|^ACTION_CARD\.markdown$/, messageLimits.markdown],
  [/^ACTION_CARD\.buttons\.\d+\.title$/, messageLimits.buttonTitle],
  [/^FILE\.fileName$/, messageLimits.fileName],
  [/^RICH_TEXT\.richText\.\d+\.text$/, messageLimits.richTextRun],
  [/^RICH_TEXT\.richText$/, messageLimits.richTextTotal],
];

export function limitOf(name: string): number | undefined {
  return rules.find(([pattern]) => pattern.test(name))?.[1];
}

/** A rich-text part's length: an image part has no text. */
const runLength = (block: RichBlockValues) => (block.kind === "text" ? block.text.length : 0);

/** All text parts of a rich-text message together, as `RICH_TEXT.richText`'s limit counts them. */
export const richTextLength = (blocks: readonly RichBlockValues[]) => blocks.reduce((sum, block) => sum + runLength(block), 0);

export interface LengthIssue {
  /** The field's form name; `RICH_TEXT.richText` stands for all rich-text runs together. */
  name: string;
  length: number;
  max: number;
}

/** The text fields of the open panel with their lengths, in the panel's order. */
function measuredFields(values: ComposerValues): [string, number][] {
  switch (values.type) {
    case "TEXT":
      return [["TEXT.text", values.TEXT.text.length]];
    case "LINK":
      return [["LINK.title", values.LINK.title.length], ["LINK.text", values.LINK.text.length]];
    case "MARK_DOWN":
      return [["MARK_DOWN.title", values.MARK_DOWN.title.length], ["MARK_DOWN.text", values.MARK_DOWN.text.length]];
    case "ACTION_CARD": {
      const card = values.ACTION_CARD;
      const buttons = card.buttons.map((b, i): [string, number] => [`ACTION_CARD.buttons.${i}.title`, b.title.length]);
      return [["ACTION_CARD.title", card.title.length], ["ACTION_CARD.markdown", card.markdown.length], ...buttons];
    }
    case "RICH_TEXT": {
      const blocks = values.RICH_TEXT.richText;
      const runs = blocks.map((b, i): [string, number] => [`RICH_TEXT.richText.${i}.text`, runLength(b)]);
      return [...runs, ["RICH_TEXT.richText", richTextLength(blocks)]];
    }
    case "FILE":
      return [["FILE.fileName", values.FILE.fileName.length]];
    default:
      return [];
  }
}

/** Every field of the open panel that is over its limit, first on the page first. */
export function overLimits(values: ComposerValues): LengthIssue[] {
  return measuredFields(values).flatMap(([name, length]) => {
    const max = limitOf(name);
    return max !== undefined && length > max ? [{ name, length, max }] : [];
  });
}
