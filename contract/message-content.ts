import { z } from "zod";
import { type ContentTypeName, contentTypes } from "./top-dtos.ts";

// How each content_type of message.send is encoded into the DTO's `content` string. The TOP pages give
// no format beyond TEXT; the lippi service forwards to DingTalk, so the JSON bodies follow DingTalk's
// message shapes (top-protocol.md, "Message content"). This file is the only place that knows them:
// change a shape here and the composer, the chat view and the BFF follow.

const url = () => z.url({ protocol: /^https?$/ });
const text = (max: number) => z.string().trim().min(1).max(max);

/** A media item is addressed by a DingTalk media id or by an http(s) URL; at least one of them. */
const media = {
  mediaId: z.string().trim().min(1).max(256).optional(),
  url: url().optional(),
};
const needsMediaIdOrUrl = <T extends { mediaId?: string | undefined; url?: string | undefined }>(v: T) =>
  Boolean(v.mediaId) || Boolean(v.url);
const mediaRule = { message: "mediaId or url is required", path: ["url"] };

export const messagePayloadSchemas = {
  TEXT: z.object({ text: text(5000) }),
  IMAGE: z.object(media).refine(needsMediaIdOrUrl, mediaRule),
  VIDEO: z
    .object({ ...media, duration: z.number().int().positive().max(86_400), picUrl: url().optional() })
    .refine(needsMediaIdOrUrl, mediaRule),
  LINK: z.object({
    title: text(200),
    text: text(1000),
    messageUrl: url(),
    picUrl: url().optional(),
  }),
  VOICE: z.object({ ...media, duration: z.number().int().positive().max(3600) }).refine(needsMediaIdOrUrl, mediaRule),
  MARK_DOWN: z.object({ title: text(200), text: text(5000) }),
  ACTION_CARD: z.object({
    title: text(200),
    markdown: text(5000),
    buttons: z
      .array(z.object({ title: text(50), actionURL: url() }))
      .min(1)
      .max(5),
    btnOrientation: z.enum(["0", "1"]).optional(),
  }),
  RICH_TEXT: z.object({
    richText: z
      .array(z.union([z.object({ text: text(2000), bold: z.boolean().optional() }), z.object({ imageUrl: url() })]))
      .min(1)
      .max(50),
  }),
  FILE: z
    .object({ ...media, fileName: text(255), fileSize: z.number().int().nonnegative().optional() })
    .refine(needsMediaIdOrUrl, mediaRule),
  MSG_READ: z.object({ readTime: z.number().int().nonnegative() }),
} as const satisfies Record<ContentTypeName, z.ZodType>;

export type MessagePayloads = { [K in ContentTypeName]: z.infer<(typeof messagePayloadSchemas)[K]> };
/** A message as the composer builds it: its type and that type's payload. */
export type MessageDraft = { [K in ContentTypeName]: { type: K; payload: MessagePayloads[K] } }[ContentTypeName];

export const contentTypeNames = Object.keys(contentTypes) as ContentTypeName[];

export function contentTypeName(code: number): ContentTypeName | undefined {
  return contentTypeNames.find((name) => contentTypes[name] === code);
}

/**
 * An action card with one button uses DingTalk's single-button form; with more, the button list.
 * Everything else is the payload's JSON, and TEXT is the text itself.
 */
export function encodeContent(draft: MessageDraft): { content_type: number; content: string } {
  const content_type = contentTypes[draft.type];
  switch (draft.type) {
    case "TEXT":
      return { content_type, content: draft.payload.text };
    case "ACTION_CARD": {
      const { title, markdown, buttons, btnOrientation } = draft.payload;
      const [only] = buttons;
      const body =
        buttons.length === 1 && only
          ? { title, markdown, singleTitle: only.title, singleURL: only.actionURL }
          : { title, markdown, btnOrientation: btnOrientation ?? "0", btns: buttons };
      return { content_type, content: JSON.stringify(body) };
    }
    default:
      return { content_type, content: JSON.stringify(draft.payload) };
  }
}

const singleButtonCard = z.object({ title: z.string(), markdown: z.string(), singleTitle: z.string(), singleURL: z.string() });
const listCard = z.object({
  title: z.string(),
  markdown: z.string(),
  btnOrientation: z.enum(["0", "1"]).optional(),
  btns: z.array(z.object({ title: z.string(), actionURL: z.string() })),
});

/** Reads a stored content string back into a draft for display; undefined when it does not parse. */
export function decodeContent(contentType: number, content: string): MessageDraft | undefined {
  const type = contentTypeName(contentType);
  if (!type) return undefined;
  if (type === "TEXT") return { type, payload: { text: content } };
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return undefined;
  }
  if (type === "ACTION_CARD") {
    const single = singleButtonCard.safeParse(json);
    if (single.success) {
      const { title, markdown, singleTitle, singleURL } = single.data;
      return { type, payload: { title, markdown, buttons: [{ title: singleTitle, actionURL: singleURL }] } };
    }
    const list = listCard.safeParse(json);
    if (!list.success) return undefined;
    const { btns, ...rest } = list.data;
    return { type, payload: { ...rest, buttons: btns } };
  }
  const parsed = messagePayloadSchemas[type].safeParse(json);
  return parsed.success ? ({ type, payload: parsed.data } as MessageDraft) : undefined;
}
