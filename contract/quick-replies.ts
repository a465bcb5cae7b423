import { z } from "zod";
import { isWellFormed, messageLimits } from "./message-content.ts";

// Saved replies an agent inserts from the composer (`/`), managed by supervisors. One reply carries
// a Chinese and an English text; either may be empty, not both. Placeholders are filled from the
// session when the reply is inserted, so only the ones the composer knows how to fill are accepted.

/** The placeholders a reply may carry, written `{{name}}`. */
export const quickReplyPlaceholders = ["customer_nickname", "agent_name"] as const;
export type QuickReplyPlaceholder = (typeof quickReplyPlaceholders)[number];

export const quickReplyLimits = {
  title: 60,
  /** A reply is sent as a text message, so it can be no longer than one. */
  text: messageLimits.text,
  /** The most replies one list answers (the picker and the screen filter with `q` beyond that). */
  list: 50,
  query: 100,
} as const;

const placeholderPattern = /\{\{([^{}]*)\}\}/g;

/** The `{{…}}` names in a text that are not placeholders we fill, each once, in order of appearance. */
export function unknownPlaceholders(text: string): string[] {
  const known: readonly string[] = quickReplyPlaceholders;
  const names = [...text.matchAll(placeholderPattern)].map((match) => match[1] ?? "");
  return [...new Set(names.filter((name) => !known.includes(name)))];
}

/** The text with each known placeholder replaced; unknown ones are left as written. */
export function fillPlaceholders(text: string, values: Record<QuickReplyPlaceholder, string>): string {
  return text.replace(placeholderPattern, (whole, name: string) =>
    (quickReplyPlaceholders as readonly string[]).includes(name) ? values[name as QuickReplyPlaceholder] : whole,
  );
}

const replyText = z
  .string()
  .max(quickReplyLimits.text)
  .superRefine((value, ctx) => {
    if (!isWellFormed(value)) {
      ctx.addIssue({ code: "invalid_format", format: "well_formed", input: value, message: "contains a broken character (a lone UTF-16 surrogate)" });
      return;
    }
    for (const name of unknownPlaceholders(value)) {
      ctx.addIssue({
        code: "custom",
        input: value,
        params: { placeholder: name },
        message: `unknown placeholder {{${name}}}: use ${quickReplyPlaceholders.map((p) => `{{${p}}}`).join(" or ")}`,
      });
    }
  })
  // A text of spaces only is no text: stored empty, so "one of the two" means something.
  .transform((value) => (value.trim() === "" ? "" : value));

/** Absent or blank; a value of the wrong type is not blank (it has its own error). */
const isBlank = (value: unknown) => value === undefined || (typeof value === "string" && value.trim() === "");

/** The body of POST /api/quick-replies and PUT /api/quick-replies/:id (a PUT replaces the whole reply). */
export const quickReplyBodySchema = z
  .strictObject({
    title: z.string().trim().min(1).max(quickReplyLimits.title).refine(isWellFormed, { message: "contains a broken character" }),
    text_zh: replyText.default(""),
    text_en: replyText.default(""),
  })
  .refine((body) => !(isBlank(body.text_zh) && isBlank(body.text_en)), {
    path: ["text_zh"],
    params: { rule: "one_text" },
    message: "write text_zh or text_en (at least one)",
    // Checked even when another field (say, a missing title) failed, so a form shows every problem at once.
    when: ({ value }) => typeof value === "object" && value !== null && !Array.isArray(value),
  });
export type QuickReplyBody = z.input<typeof quickReplyBodySchema>;
export type QuickReplyInput = z.output<typeof quickReplyBodySchema>;

export const quickReplyQuerySchema = z.object({
  /** Matches the title or either text, case-insensitively. */
  q: z.string().trim().max(quickReplyLimits.query).optional(),
});

export const quickReplyViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  text_zh: z.string(),
  text_en: z.string(),
  /** Milliseconds since the epoch. */
  updated_at: z.number(),
  /** The username of whoever created or last changed it. */
  updated_by: z.string(),
});
export type QuickReplyView = z.infer<typeof quickReplyViewSchema>;

/** GET /api/quick-replies: ordered by title, at most `quickReplyLimits.list`. */
export const quickReplyListSchema = z.object({ items: z.array(quickReplyViewSchema) });
export type QuickReplyList = z.infer<typeof quickReplyListSchema>;

/** Audit methods of the console's own quick-reply acts (nothing is sent to TOP). */
export const quickReplyAuditMethods = {
  create: "console.quick_reply.create",
  update: "console.quick_reply.update",
  delete: "console.quick_reply.delete",
} as const;
