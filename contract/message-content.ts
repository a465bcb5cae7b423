import { z } from "zod";
import { type ContentTypeName, contentTypes } from "./top-dtos.ts";

// The typed payload of each content_type of message.send, and its limits. The composer, the BFF (which
// checks every send against these) and the chat view share them. The DingTalk `content` string each
// payload is encoded to lives on the server (server/messages/dingtalk-content.ts): the browser never
// sees it. Payload objects are strict, so a misspelt key (`actionUrl`) is named rather than dropped.

/** Per-type limits, explicit so the composer and the BFF refuse the same things. */
export const messageLimits = {
  text: 5000,
  title: 200,
  linkText: 1000,
  markdown: 5000,
  buttonTitle: 50,
  buttons: 5,
  richTextBlocks: 50,
  richTextRun: 2000,
  /** All text runs of one rich-text message together: a long message goes as markdown. */
  richTextTotal: 5000,
  url: 2048,
  mediaId: 256,
  fileName: 255,
  videoSeconds: 86_400,
  voiceSeconds: 3600,
  /** 2 GiB: beyond any file DingTalk carries, below anything that could lose precision. */
  fileBytes: 2 * 1024 ** 3,
  /** A read time is a real time: not before 2000-01-01 UTC… */
  readTimeMin: Date.UTC(2000, 0, 1),
  /** …and representable as a date; the BFF also refuses one more than a day ahead of its clock. */
  readTimeMax: Date.UTC(2100, 0, 1),
  readTimeAheadMs: 24 * 60 * 60 * 1000,
} as const;

const L = messageLimits;
const url = () => z.url({ protocol: /^https?$/ }).max(L.url);
const text = (max: number) => z.string().trim().min(1).max(max);

/** A media item is addressed by a DingTalk media id or by an http(s) URL; at least one of them. */
const media = {
  mediaId: z.string().trim().min(1).max(L.mediaId).optional(),
  url: url().optional(),
};
const needsMediaIdOrUrl = <T extends { mediaId?: string | undefined; url?: string | undefined }>(v: T) =>
  Boolean(v.mediaId) || Boolean(v.url);
const mediaRule = { message: "mediaId or url is required", path: ["url"] };
const seconds = (max: number) => z.number().int().positive().max(max);

const richRun = z.union([
  z.strictObject({ text: text(L.richTextRun), bold: z.boolean().optional() }),
  z.strictObject({ imageUrl: url() }),
]);

export const messagePayloadSchemas = {
  TEXT: z.strictObject({ text: text(L.text) }),
  IMAGE: z.strictObject(media).refine(needsMediaIdOrUrl, mediaRule),
  VIDEO: z
    .strictObject({ ...media, duration: seconds(L.videoSeconds), picUrl: url().optional() })
    .refine(needsMediaIdOrUrl, mediaRule),
  LINK: z.strictObject({ title: text(L.title), text: text(L.linkText), messageUrl: url(), picUrl: url().optional() }),
  VOICE: z.strictObject({ ...media, duration: seconds(L.voiceSeconds) }).refine(needsMediaIdOrUrl, mediaRule),
  MARK_DOWN: z.strictObject({ title: text(L.title), text: text(L.markdown) }),
  ACTION_CARD: z.strictObject({
    title: text(L.title),
    markdown: text(L.markdown),
    buttons: z
      .array(z.strictObject({ title: text(L.buttonTitle), actionURL: url() }))
      .min(1)
      .max(L.buttons),
    btnOrientation: z.enum(["0", "1"]).optional(),
  }),
  RICH_TEXT: z.strictObject({
    richText: z
      .array(richRun)
      .min(1)
      .max(L.richTextBlocks)
      .superRefine((runs, ctx) => {
        const total = runs.reduce((sum, run) => sum + ("text" in run ? run.text.length : 0), 0);
        if (total > L.richTextTotal) {
          ctx.addIssue({ code: "too_big", origin: "string", maximum: L.richTextTotal, inclusive: true, input: runs, message: `at most ${L.richTextTotal} characters of text in all` });
        }
      }),
  }),
  FILE: z
    .strictObject({ ...media, fileName: text(L.fileName), fileSize: z.number().int().nonnegative().max(L.fileBytes).optional() })
    .refine(needsMediaIdOrUrl, mediaRule),
  MSG_READ: z.strictObject({ readTime: z.number().int().min(L.readTimeMin).max(L.readTimeMax) }),
} as const satisfies Record<ContentTypeName, z.ZodType>;

export type MessagePayloads = { [K in ContentTypeName]: z.infer<(typeof messagePayloadSchemas)[K]> };

const typed = <K extends ContentTypeName>(type: K) => z.object({ type: z.literal(type), payload: messagePayloadSchemas[type] });

/** A message as the composer builds it and the API takes and answers it: its type and that type's payload. */
export const typedMessageSchema = z.discriminatedUnion("type", [
  typed("TEXT"),
  typed("IMAGE"),
  typed("VIDEO"),
  typed("LINK"),
  typed("VOICE"),
  typed("MARK_DOWN"),
  typed("ACTION_CARD"),
  typed("RICH_TEXT"),
  typed("FILE"),
  typed("MSG_READ"),
]);
export type MessageDraft = z.infer<typeof typedMessageSchema>;

/** A stored message the server could not read as any payload: shown as such, with its raw text. */
export const unreadableMessageSchema = z.object({
  type: z.literal("unreadable"),
  /** The stored content_type, whatever it is. */
  content_type: z.number(),
  raw: z.string(),
});
export type UnreadableMessage = z.infer<typeof unreadableMessageSchema>;

export const messageContentViewSchema = z.discriminatedUnion("type", [typedMessageSchema, unreadableMessageSchema]);
export type MessageContentView = z.infer<typeof messageContentViewSchema>;

export const contentTypeNames = Object.keys(contentTypes) as ContentTypeName[];

export function contentTypeName(code: number): ContentTypeName | undefined {
  return contentTypeNames.find((name) => contentTypes[name] === code);
}
