import type { ComposerType } from "./composer-values.ts";

// The label of each composer field, by its form name (`<TYPE>.<payload path>`): the fields show it,
// and the problem shown beside Send names the field with the same words.

export type FieldLabelKey =
  | "text"
  | "url"
  | "mediaId"
  | "duration"
  | "picUrl"
  | "title"
  | "linkText"
  | "messageUrl"
  | "linkPicUrl"
  | "markdownText"
  | "cardMarkdown"
  | "buttonTitle"
  | "buttonUrl"
  | "blocks"
  | "blocksTotal"
  | "blockText"
  | "blockImage"
  | "fileName"
  | "fileSize";

export interface FieldLabel {
  key: FieldLabelKey;
  /** 1-based number of a card button or a rich-text part. */
  n?: number;
}

const byPath: Partial<Record<ComposerType, Record<string, FieldLabelKey>>> = {
  TEXT: { text: "text" },
  VIDEO: { picUrl: "picUrl" },
  LINK: { text: "linkText", picUrl: "linkPicUrl", messageUrl: "messageUrl" },
  MARK_DOWN: { text: "markdownText" },
  ACTION_CARD: { markdown: "cardMarkdown", "buttons.title": "buttonTitle", "buttons.actionURL": "buttonUrl", buttons: "buttonTitle" },
  RICH_TEXT: { "richText.text": "blockText", "richText.imageUrl": "blockImage", richText: "blocksTotal" },
};
const shared: Record<string, FieldLabelKey> = { url: "url", mediaId: "mediaId", duration: "duration", title: "title", fileName: "fileName", fileSize: "fileSize" };

export function composerFieldLabel(name: string): FieldLabel {
  const [type, ...rest] = name.split(".");
  const index = rest.findIndex((part) => /^\d+$/.test(part));
  const path = rest.filter((part) => !/^\d+$/.test(part)).join(".");
  const key = byPath[type as ComposerType]?.[path] ?? shared[path] ?? "text";
  return index === -1 ? { key } : { key, n: Number(rest[index]) + 1 };
}
