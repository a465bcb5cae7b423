import { z } from "zod";
import { buildPayloadSchemas, type PayloadRules } from "./message-payloads.ts";
import { type ContentTypeName, contentTypes } from "./top-dtos.ts";

// The typed payload of each content_type of message.send, and its limits. The composer, the BFF (which
// checks every send against these) and the chat view share them. The DingTalk `content` string each
// payload is encoded to lives on the server (server/messages/dingtalk-content.ts): the browser never
// sees it. Payload objects are strict, so a misspelt key (`actionUrl`) is named rather than dropped.
//
// Every schema here is built on its first use, not at import: the console's first screen imports this
// module (through api.ts and the live events) but reads no message, and building the two payload sets
// and the unions over them took about a third of the first screen's module evaluation.

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

/** No lone surrogates: SQLite stores them mangled, so a retry of the same body would no longer match it. */
export const isWellFormed = (value: string) => (value as string & { isWellFormed(): boolean }).isWellFormed();
const wellFormed = { message: "contains a broken character (a lone UTF-16 surrogate)" } as const;

/**
 * Why a URL is not canonical http(s), or undefined. Node's and the browser's URL parsers disagree on
 * non-ASCII hosts (Node takes `https://١.com`, Chromium refuses it), so a host must already be ASCII
 * (punycode, `xn--…`), and the parsed href must parse back to itself.
 */
export function urlProblem(value: string): string | undefined {
  if (!isWellFormed(value) || /[\s\p{Cc}]/u.test(value)) return "must not contain spaces or control characters";
  const authority = /^https?:\/\/([^/?#\\]*)/i.exec(value)?.[1];
  if (authority === undefined) return "must be an http(s) URL";
  if (!/^[\x21-\x7e]*$/.test(authority)) return "host must be ASCII (punycode, xn--…)";
  let href: string;
  try {
    href = new URL(value).href;
    if (new URL(href).href !== href) return "must be a canonical URL";
  } catch {
    return "must be an http(s) URL";
  }
  if (!/^https?:$/.test(new URL(href).protocol) || !new URL(href).hostname) return "must be an http(s) URL";
  return undefined;
}

/** Stored and sent as the parsed `href`, so every reader sees the same string. */
export const url = () =>
  z
    .string()
    .max(L.url)
    .superRefine((value, ctx) => {
      const problem = urlProblem(value);
      if (problem) ctx.addIssue({ code: "invalid_format", format: "url", input: value, message: problem });
    })
    .transform((value) => new URL(value).href)
    .pipe(z.string().max(L.url));
/** Kept as typed (spaces between rich-text runs, code indentation), but never blank. */
const text = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine((value, ctx) => {
      // Said as "at least 1 character", so the forms word it as a required field in either language.
      if (value.trim() === "") ctx.addIssue({ code: "too_small", origin: "string", minimum: 1, inclusive: true, input: value });
      else if (!isWellFormed(value)) ctx.addIssue({ code: "invalid_format", format: "well_formed", input: value, ...wellFormed });
    });

const strictRules: PayloadRules = {
  limits: L,
  text,
  url,
  mediaId: () => z.string().trim().min(1).max(L.mediaId).refine(isWellFormed, { ...wellFormed, abort: true }),
};

export const contentTypeNames = Object.keys(contentTypes) as ContentTypeName[];

type PayloadSchemas = ReturnType<typeof buildPayloadSchemas>;

function onFirstUse<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

/**
 * The payload schemas as a record whose entries are built together on the first read of any of them.
 * The entries are the schemas themselves (not wrappers), so forms can still look into their shapes.
 */
function payloadSchemasOnFirstUse(rules: PayloadRules): PayloadSchemas {
  const built = onFirstUse(() => buildPayloadSchemas(rules));
  const record: Partial<PayloadSchemas> = {};
  for (const name of contentTypeNames) {
    Object.defineProperty(record, name, { get: () => built()[name], enumerable: true });
  }
  return record as PayloadSchemas;
}

/** What a send must satisfy: the per-type limits, canonical URLs. */
export const messagePayloadSchemas = payloadSchemasOnFirstUse(strictRules);

/** Generous caps for reading stored rows: far beyond any limit the console ever had, still bounded. */
export const storedCap = 1_000_000;
const storedRules: PayloadRules = {
  limits: {
    ...L,
    text: storedCap,
    title: storedCap,
    linkText: storedCap,
    markdown: storedCap,
    buttonTitle: storedCap,
    fileName: storedCap,
    buttons: 100,
    richTextBlocks: 1000,
    richTextRun: storedCap,
    richTextTotal: storedCap,
    /** 1 TiB. */
    fileBytes: 2 ** 40,
  },
  // Empty text was never sendable; a read time and a duration keep their bounds (sanity, not policy).
  text: (max) => z.string().min(1).max(max),
  // Whatever this runtime's URL parser takes as http(s): a browser that refuses one reads the message as unreadable.
  url: () => z.url({ protocol: /^https?$/ }).max(storedCap),
  mediaId: () => z.string().max(storedCap),
};

/**
 * What a stored row (or an answer read back by a client) may hold: structure and types, http(s) URLs.
 * Rows delivered under an older, laxer version of the limits stay readable.
 */
export const storedPayloadSchemas = payloadSchemasOnFirstUse(storedRules);

export type MessagePayloads = { [K in ContentTypeName]: z.infer<(typeof messagePayloadSchemas)[K]> };

const typed = <K extends ContentTypeName>(type: K) => z.object({ type: z.literal(type), payload: messagePayloadSchemas[type] });
const stored = <K extends ContentTypeName>(type: K) => z.object({ type: z.literal(type), payload: storedPayloadSchemas[type] });

const typedUnion = onFirstUse(() =>
  z.discriminatedUnion("type", [
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
  ]),
);
/** A message as the composer builds it and the API takes and answers it: its type and that type's payload. */
export const typedMessageSchema = z.lazy(typedUnion);
export type MessageDraft = z.infer<typeof typedMessageSchema>;

const storedUnion = onFirstUse(() =>
  z.discriminatedUnion("type", [
    stored("TEXT"),
    stored("IMAGE"),
    stored("VIDEO"),
    stored("LINK"),
    stored("VOICE"),
    stored("MARK_DOWN"),
    stored("ACTION_CARD"),
    stored("RICH_TEXT"),
    stored("FILE"),
    stored("MSG_READ"),
  ]),
);
/** A typed message as read from the store or from an answer: the loose read limits (see storedPayloadSchemas). */
export const storedMessageSchema = z.lazy(storedUnion);

/** A stored message the server could not read as any payload: shown as such, with its raw text. */
export const unreadableMessageSchema = z.object({
  type: z.literal("unreadable"),
  /** The stored content_type, whatever it is. */
  content_type: z.number(),
  raw: z.string(),
});
export type UnreadableMessage = z.infer<typeof unreadableMessageSchema>;


/** The content_type of a message the client could not read itself: its named type's code, or -1. */
function unreadableCodeOf(value: unknown): number {
  const record = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  if (typeof record.content_type === "number") return record.content_type;
  const type = contentTypeNames.find((name) => name === record.type);
  return type ? contentTypes[type] : -1;
}

/**
 * A message's content as a client reads it. Each message is read on its own: one the client's parser
 * refuses (its URL parser is not the server's) becomes an unreadable message, never a failed list.
 */
export const messageContentViewSchema = z.lazy(
  onFirstUse(() =>
    z.discriminatedUnion("type", [storedUnion(), unreadableMessageSchema]).catch(({ value }): UnreadableMessage => {
      const record = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
      const raw = typeof record.raw === "string" ? record.raw : JSON.stringify({ type: record.type, payload: record.payload }) ?? "";
      return { type: "unreadable", content_type: unreadableCodeOf(value), raw };
    }),
  ),
);
export type MessageContentView = z.infer<typeof messageContentViewSchema>;

export function contentTypeName(code: number): ContentTypeName | undefined {
  return contentTypeNames.find((name) => contentTypes[name] === code);
}
