import { z } from "zod";
import type { ContentTypeName } from "./top-dtos.ts";

// The shape of each content type's payload, built twice from one description (contract/message-content.ts):
// strictly for a send (the per-type limits, canonical URLs), and loosely for reading stored rows, which
// must keep showing what an older, laxer version of the console accepted and delivered.

export interface PayloadLimits {
  text: number;
  title: number;
  linkText: number;
  markdown: number;
  buttonTitle: number;
  fileName: number;
  buttons: number;
  richTextBlocks: number;
  richTextRun: number;
  richTextTotal: number;
  videoSeconds: number;
  voiceSeconds: number;
  fileBytes: number;
  readTimeMin: number;
  readTimeMax: number;
}

export interface PayloadRules {
  limits: PayloadLimits;
  text: (max: number) => z.ZodType<string>;
  url: () => z.ZodType<string>;
  mediaId: () => z.ZodType<string>;
}

export function buildPayloadSchemas({ limits: L, text, url, mediaId }: PayloadRules) {
  /** A media item is addressed by a DingTalk media id or by an http(s) URL; at least one of them. */
  const media = { mediaId: mediaId().optional(), url: url().optional() };
  const needsMediaIdOrUrl = <T extends { mediaId?: string | undefined; url?: string | undefined }>(v: T) =>
    Boolean(v.mediaId) || Boolean(v.url);
  const mediaRule = { message: "mediaId or url is required", path: ["url"] };
  const seconds = (max: number) => z.number().int().positive().max(max);
  const richRun = z.union([
    z.strictObject({ text: text(L.richTextRun), bold: z.boolean().optional() }),
    z.strictObject({ imageUrl: url() }),
  ]);

  return {
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
}
