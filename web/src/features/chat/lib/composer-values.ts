import { z } from "zod";
import { messageLimits } from "../../../../../contract/message-content.ts";
import type { ContentTypeName } from "../../../../../contract/top-dtos.ts";

// The composer's form values: the text box's draft and one draft per panel (Attach: image, video,
// voice, file; Insert: link, markdown, action card, rich text), each a record of strings named after
// its payload's own fields. `type` says which one Send sends. Keeping the panels apart means opening
// a panel and cancelling it never touches the text, and every panel keeps what was typed into it.
// The payload schemas of contract/message-content.ts validate the candidate built from the chosen
// record (see composer-payload.ts).

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
export type PanelType = Exclude<ComposerType, "TEXT">;

export const attachTypes = ["IMAGE", "VIDEO", "VOICE", "FILE"] as const satisfies readonly PanelType[];
export const insertTypes = ["LINK", "MARK_DOWN", "ACTION_CARD", "RICH_TEXT"] as const satisfies readonly PanelType[];

export const maxCardButtons = messageLimits.buttons;
export const maxRichTextBlocks = messageLimits.richTextBlocks;

// Blank shared inputs report undefined, and a stored draft may be anything: both read as "".
const str = () => z.string().catch("");

const buttonSchema = z.object({ title: str(), actionURL: str() });
const richBlockSchema = z.object({
  kind: z.enum(["text", "image"]).catch("text"),
  text: str(),
  bold: z.boolean().catch(false),
  imageUrl: str(),
});

const panelSchemas = {
  TEXT: z.object({ text: str() }),
  IMAGE: z.object({ url: str(), mediaId: str() }),
  VIDEO: z.object({ url: str(), mediaId: str(), duration: str(), picUrl: str() }),
  VOICE: z.object({ url: str(), mediaId: str(), duration: str() }),
  FILE: z.object({ url: str(), mediaId: str(), fileName: str(), fileSize: str() }),
  LINK: z.object({ title: str(), text: str(), messageUrl: str(), picUrl: str() }),
  MARK_DOWN: z.object({ title: str(), text: str() }),
  ACTION_CARD: z.object({
    title: str(),
    markdown: str(),
    btnOrientation: z.enum(["0", "1"]).catch("0"),
    buttons: z.array(buttonSchema).min(1).max(maxCardButtons).catch([{ title: "", actionURL: "" }]),
  }),
  RICH_TEXT: z.object({
    richText: z
      .array(richBlockSchema)
      .min(1)
      .max(maxRichTextBlocks)
      .catch([{ kind: "text", text: "", bold: false, imageUrl: "" }]),
  }),
} as const satisfies Record<ComposerType, z.ZodType>;

// A malformed panel in a stored draft starts empty rather than failing the whole draft.
const panel = <S extends z.ZodType>(schema: S) => schema.catch((): z.output<S> => schema.parse({}));

/** Also the reader of stored drafts: anything malformed falls back to an empty field. */
export const composerValuesSchema = z.object({
  type: z.enum(composerTypes).catch("TEXT"),
  TEXT: panel(panelSchemas.TEXT),
  IMAGE: panel(panelSchemas.IMAGE),
  VIDEO: panel(panelSchemas.VIDEO),
  VOICE: panel(panelSchemas.VOICE),
  FILE: panel(panelSchemas.FILE),
  LINK: panel(panelSchemas.LINK),
  MARK_DOWN: panel(panelSchemas.MARK_DOWN),
  ACTION_CARD: panel(panelSchemas.ACTION_CARD),
  RICH_TEXT: panel(panelSchemas.RICH_TEXT),
});
export type ComposerValues = z.infer<typeof composerValuesSchema>;
export type PanelValues<T extends ComposerType> = ComposerValues[T];
export type RichBlockValues = ComposerValues["RICH_TEXT"]["richText"][number];

export const emptyButton = (): ComposerValues["ACTION_CARD"]["buttons"][number] => ({ title: "", actionURL: "" });
export const emptyRichBlock = (kind: RichBlockValues["kind"]): RichBlockValues => ({ kind, text: "", bold: false, imageUrl: "" });

/** Every panel empty; `type` only says which one is open. */
export function emptyComposerValues(type: ComposerType = "TEXT"): ComposerValues {
  return composerValuesSchema.parse({ type });
}

export const emptyPanel = <T extends ComposerType>(type: T): PanelValues<T> => emptyComposerValues()[type];

/** True when nothing worth keeping was typed in any panel (which panel is open is not a draft). */
export function isEmptyComposer(values: ComposerValues): boolean {
  return JSON.stringify({ ...values, type: "TEXT" }) === JSON.stringify(emptyComposerValues());
}
