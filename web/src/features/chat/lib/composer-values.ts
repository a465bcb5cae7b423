import { z } from "zod";
import { messageLimits } from "../../../../../contract/message-content.ts";
import type { ContentTypeName } from "../../../../../contract/top-dtos.ts";

// The composer's form values: one flat record of strings shared by every message type, so switching the
// type keeps what was typed (a text becomes a markdown body) and a draft is plain JSON. The payload
// schemas of contract/message-content.ts validate the candidate built from it (see composer-payload.ts).

export const composerTypes = [
  "TEXT",
  "IMAGE",
  "VIDEO",
  "LINK",
  "VOICE",
  "MARK_DOWN",
  "ACTION_CARD",
  "RICH_TEXT",
  "FILE",
] as const satisfies readonly ContentTypeName[];
export type ComposerType = (typeof composerTypes)[number];

export const maxCardButtons = messageLimits.buttons;
export const maxRichTextBlocks = messageLimits.richTextBlocks;

const str = () => z.string().catch("");

const buttonSchema = z.object({ title: str(), actionURL: str() });
const richBlockSchema = z.object({
  kind: z.enum(["text", "image"]).catch("text"),
  text: str(),
  bold: z.boolean().catch(false),
  imageUrl: str(),
});

/** Also the reader of stored drafts: anything malformed falls back to an empty field. */
export const composerValuesSchema = z.object({
  type: z.enum(composerTypes).catch("TEXT"),
  text: str(),
  title: str(),
  url: str(),
  mediaId: str(),
  duration: str(),
  picUrl: str(),
  messageUrl: str(),
  markdown: str(),
  fileName: str(),
  fileSize: str(),
  btnOrientation: z.enum(["0", "1"]).catch("0"),
  buttons: z.array(buttonSchema).min(1).max(maxCardButtons).catch([{ title: "", actionURL: "" }]),
  richText: z
    .array(richBlockSchema)
    .min(1)
    .max(maxRichTextBlocks)
    .catch([{ kind: "text", text: "", bold: false, imageUrl: "" }]),
});
export type ComposerValues = z.infer<typeof composerValuesSchema>;
export type RichBlockValues = ComposerValues["richText"][number];

export const emptyButton = (): ComposerValues["buttons"][number] => ({ title: "", actionURL: "" });
export const emptyRichBlock = (kind: RichBlockValues["kind"]): RichBlockValues => ({
  kind,
  text: "",
  bold: false,
  imageUrl: "",
});

export function emptyComposerValues(type: ComposerType = "TEXT"): ComposerValues {
  return {
    type,
    text: "",
    title: "",
    url: "",
    mediaId: "",
    duration: "",
    picUrl: "",
    messageUrl: "",
    markdown: "",
    fileName: "",
    fileSize: "",
    btnOrientation: "0",
    buttons: [emptyButton()],
    richText: [emptyRichBlock("text")],
  };
}

/** True when nothing worth keeping was typed (the type alone is not a draft). */
export function isEmptyComposer(values: ComposerValues): boolean {
  const empty = emptyComposerValues(values.type);
  return JSON.stringify(values) === JSON.stringify(empty);
}
