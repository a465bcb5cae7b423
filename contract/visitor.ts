import { z } from "zod";
import { messageIdSchema, messageStatusSchema, pageQuerySchema, sessionStatusSchema } from "./api.ts";
import { apiErrorBodySchema } from "./errors.ts";
import { messageContentViewSchema, messagePayloadSchemas, url } from "./message-content.ts";
import { closeReasonSchema } from "./top-dtos.ts";

// The customer page's API under /api/visitor/* (no sign-in; the same `x-requested-with` CSRF header as
// the console). A visitor is known by an httpOnly signed cookie; every route acts on that visitor's
// own conversations only, and an sid that is not theirs answers 404 like one that does not exist.
// Nothing here names an agent's username, a service id or another visitor: agents appear by display
// name only.

/** What a visitor may send: text (emoji included), a link, an image by https URL. Same limits as the console. */
export const visitorMessageDraftSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("TEXT"), payload: messagePayloadSchemas.TEXT }),
  z.object({ type: z.literal("LINK"), payload: messagePayloadSchemas.LINK }),
  z.object({
    type: z.literal("IMAGE"),
    payload: z.strictObject({ url: url() }),
  }),
]);
export type VisitorMessageDraft = z.infer<typeof visitorMessageDraftSchema>;

/**
 * POST /api/visitor/messages. The first message of a new conversation opens it (session.create);
 * later ones go to the open conversation. `message_id` is the client's: a retry of a failed send
 * reuses it and is never delivered twice.
 */
export const visitorSendBodySchema = z.intersection(z.object({ message_id: messageIdSchema }), visitorMessageDraftSchema);
export type VisitorSendBody = z.infer<typeof visitorSendBodySchema>;

export const messageSideSchema = z.enum(["customer", "agent"]);
export type MessageSide = z.infer<typeof messageSideSchema>;

/**
 * A message as the customer sees it. Agents' messages appear once sent (never pending or failed ones,
 * never their read receipts: those become `agent_read_at`); the visitor's own carry their status and,
 * when failed, the error (retry with the same message_id).
 */
export const visitorMessageSchema = z.intersection(
  z.object({
    message_id: z.string(),
    side: messageSideSchema,
    /** The agent's display name, on the agent's messages only. */
    agent_name: z.string().optional(),
    status: messageStatusSchema,
    created_at: z.number(),
    error: apiErrorBodySchema.shape.error.optional(),
  }),
  messageContentViewSchema,
);
export type VisitorMessage = z.infer<typeof visitorMessageSchema>;

export const visitorConversationHeaderSchema = z.object({
  sid: z.string(),
  status: sessionStatusSchema,
  opened_at: z.number(),
  closed_at: z.number().optional(),
  close_reason: closeReasonSchema.optional(),
  /** Who ended it: the customer ("End chat", or no live page: heartBeatBreak) or the service side. */
  closed_by_side: z.enum(["customer", "agent"]).optional(),
  /** The assigned agent's display name; absent while waiting for an agent. */
  agent_name: z.string().optional(),
  /** The agent has read the customer's messages created up to this instant (their MSG_READ). */
  agent_read_at: z.number().optional(),
});
export type VisitorConversationHeader = z.infer<typeof visitorConversationHeaderSchema>;

export const visitorConversationSchema = visitorConversationHeaderSchema.extend({
  /** Oldest first: the latest page. */
  messages: z.array(visitorMessageSchema),
  /** Pass to GET /api/visitor/sessions/:sid/messages?cursor= for older messages. */
  nextCursor: z.string().optional(),
});
export type VisitorConversation = z.infer<typeof visitorConversationSchema>;

export const visitorProfileSchema = z.object({
  nickname: z.string().optional(),
  /** True when a host site vouched for the member id (signed embed); the id itself is never sent back. */
  signed_member: z.boolean(),
});
export type VisitorProfile = z.infer<typeof visitorProfileSchema>;

/** GET /api/visitor/conversation: the open conversation, else the last closed one, else null. */
export const visitorStateSchema = z.object({
  visitor: visitorProfileSchema,
  conversation: visitorConversationSchema.nullable(),
});
export type VisitorState = z.infer<typeof visitorStateSchema>;

/** Answer of POST /api/visitor/messages. */
export const visitorSendResultSchema = z.object({
  conversation: visitorConversationHeaderSchema,
  message: visitorMessageSchema,
});
export type VisitorSendResult = z.infer<typeof visitorSendResultSchema>;

/** GET /api/visitor/sessions/:sid/messages?limit&cursor */
export const visitorMessagesQuerySchema = pageQuerySchema;
export const visitorMessageListSchema = z.object({
  items: z.array(visitorMessageSchema),
  nextCursor: z.string().optional(),
});
export type VisitorMessageList = z.infer<typeof visitorMessageListSchema>;

export const nicknameLimit = 32;
/** POST /api/visitor/nickname: shown to agents as channel_nick of the next conversation opened. */
export const visitorNicknameBodySchema = z.object({ nickname: z.string().trim().min(1).max(nicknameLimit) });
export type VisitorNicknameBody = z.infer<typeof visitorNicknameBodySchema>;

/**
 * POST /api/visitor/identify: a host site's signed member (see server/visitor/embed-signature.ts).
 * `sig` = hex HMAC-SHA256 with EMBED_SECRET over `${member_id}\n${nickname ?? ""}\n${ts}`, `ts` in
 * Unix seconds. A bad or stale signature is ignored: the answer is 200 with `signed_member: false`.
 */
export const visitorIdentifyBodySchema = z.object({
  member_id: z.string().regex(/^(?!v_)[A-Za-z0-9_.:@-]{1,64}$/, "letters, digits and _ . : @ - only, at most 64, not starting v_"),
  nickname: z.string().trim().max(nicknameLimit).optional(),
  ts: z.coerce.number().int().positive(),
  sig: z.string().regex(/^[0-9a-f]{64}$/, "64 hex digits"),
});
export type VisitorIdentifyBody = z.infer<typeof visitorIdentifyBodySchema>;

/**
 * GET /api/visitor/events: server-sent events of the visitor's own conversations. Its being open is
 * the visitor's "live page" (the heartbeat): with none open for VISITOR_HEARTBEAT_MINUTES, the open
 * conversation is closed with heartBeatBreak.
 */
export const visitorEventSchema = z.discriminatedUnion("type", [
  /** A new agent message, or a status change of one of the visitor's own. */
  z.object({ type: z.literal("message"), sid: z.string(), message: visitorMessageSchema }),
  /** The agent read the customer's messages up to `read_at`. */
  z.object({ type: z.literal("read"), sid: z.string(), read_at: z.number() }),
  /** Opened, assigned to an agent, closed. */
  z.object({ type: z.literal("conversation"), conversation: visitorConversationHeaderSchema }),
]);
export type VisitorEvent = z.infer<typeof visitorEventSchema>;

/** Routes of the customer side, in one place for the page, the widget and the tests. */
export const visitorPaths = {
  conversation: "/api/visitor/conversation",
  messages: "/api/visitor/messages",
  history: (sid: string) => `/api/visitor/sessions/${encodeURIComponent(sid)}/messages`,
  end: (sid: string) => `/api/visitor/sessions/${encodeURIComponent(sid)}/end`,
  nickname: "/api/visitor/nickname",
  identify: "/api/visitor/identify",
  events: "/api/visitor/events",
  /** Sandbox only: GET sets the visitor cookie to that session's customer and redirects to /chat. */
  openAsCustomer: (sid: string) => `/api/sandbox/open-as-customer/${encodeURIComponent(sid)}`,
} as const;
