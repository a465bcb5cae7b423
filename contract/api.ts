import { z } from "zod";
import {
  actorTypeSchema,
  channelSchema,
  closeReasonSchema,
  groupCustomerCaseRequestSchema,
  lySessionSourceDtoSchema,
  lySessionTargetDtoSchema,
  serviceCommunicationRequestSchema,
} from "./top-dtos.ts";
import { apiErrorBodySchema, topErrorDetailSchema } from "./errors.ts";
import { messageContentViewSchema, typedMessageSchema } from "./message-content.ts";
import { pageCursorSchema } from "./page-cursor.ts";

// Requests and responses of the BFF's JSON routes. Request bodies reuse the TOP DTO field names, so a
// 400's field paths name the same fields as the TOP pages and the forms. Fields that the server fills
// from configuration (session_source, bu_id, service_id…) are optional here and required again by
// the TOP schema the server checks the merged DTO against.

/**
 * A tenant, organisation or ISV field: the server fills it from its configuration on every call, and
 * a request that tries to set it is refused with a 400 naming the field (the app secret signs what
 * is sent, so an agent must not choose whose tenant it speaks for).
 */
const configOnly = () =>
  z
    .never({ error: "set by the server's configuration only; leave it out" })
    .optional();

/** Public defaults the console pre-fills; never anything secret. */
export const consoleConfigSchema = z.object({
  mode: z.enum(["sandbox", "live"]),
  defaults: z.object({
    session_source: z.string(),
    bu_id: z.string(),
    /** The business units an agent may choose among (from configuration); bu_id is one of them. */
    bu_ids: z.array(z.string()).min(1),
    service_id: z.string(),
    operator_id: z.string(),
    production_type: z.number().optional(),
    open_instance_id: z.string().optional(),
    ding_corp_id: z.string().optional(),
    corp_id: z.string().optional(),
    tenant_id: z.number().optional(),
  }),
  /** Hosts message images may load from (contract/media-hosts.ts); others show as a link. */
  media_hosts: z.array(z.string()),
  limits: z.object({
    /** The most sessions one bulk close may take (by ids or by filter). */
    bulk_close_max: z.number().int().positive(),
  }),
});
export type ConsoleConfig = z.infer<typeof consoleConfigSchema>;

// ---- sessions

/**
 * A session id the console can address afterwards (it is a path segment: /api/sessions/:sid): ASCII
 * letters, digits, `_`, `-` and `.`, at most 64, and not `.` or `..` alone.
 */
export const sessionIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,64}$/, "letters, digits, _, - and . only, at most 64")
  .refine((sid) => sid !== "." && sid !== "..", { message: "not . or .. alone" });

// Strict objects throughout: a field the server does not take is refused with a 400 naming it,
// never silently dropped (an agent must not believe they chose something the server ignored).
export const createSessionBodySchema = z.strictObject({
  // The customer side's session_source may be chosen (LY_SESSION_SOURCE by default); it is stored and
  // sent by every later call. The service side's is the configured one (see target).
  source: lySessionSourceDtoSchema
    .partial({ session_source: true })
    .extend({ sid: sessionIdSchema.optional() })
    .strict(),
  // service_id is the signed-in agent's own, filled in by the server (never from the body); bu_id
  // must be one of the configured business units (checked by the server, which knows them).
  target: lySessionTargetDtoSchema
    .omit({ service_id: true, session_source: true, production_type: true, open_instance_id: true, ding_corp_id: true, corp_id: true })
    .partial({ bu_id: true })
    .extend({
      session_source: configOnly(),
      production_type: configOnly(),
      open_instance_id: configOnly(),
      ding_corp_id: configOnly(),
      corp_id: configOnly(),
    })
    .strict(),
  ly_ding_open_para_dto: configOnly(),
});
export type CreateSessionBody = z.infer<typeof createSessionBodySchema>;

export const sessionStatusSchema = z.enum(["open", "closed"]);

export const groupViewSchema = z.object({
  /** What the platform returned; any of it may be missing, and the panel shows what there is. */
  group_link: z.string().optional(),
  group_qr_code: z.string().optional(),
  /** 1 internal member, 2 external member (the seed); another number is shown as is. */
  account_type: z.number().optional(),
  team_group_id: z.string().optional(),
  /** Fields of the platform's answer this console does not know, kept as the platform sent them. */
  other_fields: z.record(z.string(), z.unknown()).optional(),
  /** The platform's code, msg and request_id of the answer, for support. */
  top: topErrorDetailSchema.optional(),
  /** What the console read out of group_link (see contract/group-link.ts). */
  h5_url: z.string().optional(),
  open_conversation_id: z.string().optional(),
  user_identify: z.string().optional(),
  tenant_id: z.number().optional(),
  corp_id: z.string().optional(),
  created_at: z.number(),
});
export type GroupView = z.infer<typeof groupViewSchema>;

export const sessionOriginSchema = z.enum(["customer", "agent"]);
export type SessionOrigin = z.infer<typeof sessionOriginSchema>;

export const lastMessageSchema = z.object({
  /** A one-line preview: the text's first characters, or the link/image's title or kind. */
  preview: z.string(),
  /** The message's type name (TEXT, LINK, IMAGE…), so the list can show an icon for media. */
  type: z.string(),
  at: z.number(),
  side: z.enum(["customer", "agent"]),
});
export type LastMessage = z.infer<typeof lastMessageSchema>;

export const sessionViewSchema = z.object({
  sid: z.string(),
  status: sessionStatusSchema,
  channel: channelSchema,
  channel_uid: z.string(),
  channel_nick: z.string().optional(),
  /** The customer's avatar as the session was opened with it (any URL: the console shows only allowed https hosts). */
  channel_avatar_url: z.string().optional(),
  session_source: z.string(),
  service_id: z.string(),
  bu_id: z.string(),
  summary: z.string().optional(),
  /** The assigned agent's username (who opened it, for an agent-opened one); absent = Unassigned. */
  agent: z.string().optional(),
  /** The assigned agent's display name. */
  agent_name: z.string().optional(),
  /** Opened by a customer on the chat page, or by an agent in the console. */
  origin: sessionOriginSchema,
  /** The latest message either side sent (read receipts are not messages here). */
  last_message: lastMessageSchema.optional(),
  /** Customer messages the agent side has not read (POST /api/sessions/:sid/read clears it). */
  unread_count: z.number().int().nonnegative(),
  /** The oldest customer message not yet answered by an agent; absent when nobody waits. */
  waiting_since: z.number().optional(),
  opened_at: z.number(),
  last_activity_at: z.number(),
  closed_at: z.number().optional(),
  close_reason: closeReasonSchema.optional(),
  closed_by: z.string().optional(),
  /** Set when the platform answered that it no longer knows this session (SESSION_NOT_FOUND). */
  unknown_to_platform_at: z.number().optional(),
  /** Why it was marked closed in the console, for a session the platform no longer knew. */
  close_note: z.string().optional(),
  /** The TOP answer's `data` for create: the platform's session id. */
  top_session_id: z.string().optional(),
  group: groupViewSchema.optional(),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

/** The most items one page of any list may hold: the server refuses a larger `limit`. */
export const maxPageLimit = 200;

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(maxPageLimit).default(50),
  cursor: pageCursorSchema,
});

/** The longest search of the session list (session ids are at most 64 too). */
export const sessionSearchMax = 64;

/**
 * GET /api/sessions: `view` mine (assigned to me), unassigned (the queue), all (an agent: mine and the
 * queue; a supervisor: everything); `status` open or closed (both when absent or `all`); `channel`
 * one channel; `q` a search: the customer's nickname containing it, or their channel user id or the
 * session id starting with it, ignoring case. Open sessions come before closed ones, then the most
 * recent activity first. Strict: an unknown parameter is a 400 naming it, not a silently wider list.
 */
export const sessionListQuerySchema = pageQuerySchema
  .extend({
    view: z.enum(["mine", "unassigned", "all"]).default("all"),
    status: z
      .enum(["open", "closed", "all"])
      .optional()
      .transform((status) => (status === "all" ? undefined : status)),
    channel: channelSchema.optional(),
    q: z.string().trim().max(sessionSearchMax, `at most ${sessionSearchMax} characters`).optional(),
  })
  .strict();
export type SessionListQuery = z.infer<typeof sessionListQuerySchema>;

/** Audit trail methods of assignments (the console's own acts, outcome "console"); msg is "from → to". */
export const assignmentAuditMethods = {
  routed: "console.session.route",
  taken: "console.session.take",
  assigned: "console.session.assign",
} as const;

/** POST /api/sessions/:sid/assign (supervisors): the agent's username. */
export const assignSessionBodySchema = z.object({ agent: z.string().trim().min(1).max(64) });
export type AssignSessionBody = z.infer<typeof assignSessionBodySchema>;

/**
 * Answer of POST /api/sessions/:sid/read: the session (unread 0) and the MSG_READ sent to TOP for the
 * customer's messages, absent when there was nothing unread (nothing is sent twice).
 */
export const readSessionResultSchema = z.object({
  session: z.lazy(() => sessionViewSchema),
  receipt: z.lazy(() => messageViewSchema).optional(),
});
export type ReadSessionResult = z.infer<typeof readSessionResultSchema>;

export const sessionListSchema = z.object({
  items: z.array(sessionViewSchema),
  nextCursor: z.string().optional(),
});
export type SessionList = z.infer<typeof sessionListSchema>;

export const closeSessionBodySchema = z.object({
  reason: closeReasonSchema,
  operator_type: actorTypeSchema.optional(),
});
export type CloseSessionBody = z.infer<typeof closeSessionBodySchema>;

/** "Mark closed" in the console, for a session the platform no longer knows: nothing is sent to TOP. */
export const markClosedBodySchema = z.object({
  reason: closeReasonSchema,
  note: z.string().trim().max(500).optional(),
});
export type MarkClosedBody = z.infer<typeof markClosedBodySchema>;

// ---- messages

export const messageStatusSchema = z.enum(["pending", "sent", "failed"]);
export type MessageStatus = z.infer<typeof messageStatusSchema>;

export const messageIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "letters, digits, _ and - only, at most 64");

/**
 * `{ message_id, type, payload }`: the payload typed by its content type (contract/message-content.ts).
 * The BFF encodes DingTalk's `content` itself. An agent's message is always sender_type "4": the field
 * may be left out, and "1" (a customer's) is refused by name rather than silently ignored.
 */
export const sendMessageBodySchema = z.intersection(
  z.object({
    /** Chosen by the client, so a retry re-sends the same message and never makes a second one. */
    message_id: messageIdSchema,
    sender_type: z.literal("4", { error: "an agent's message is always sender_type 4" }).optional(),
  }),
  typedMessageSchema,
);
export type SendMessageBody = z.infer<typeof sendMessageBodySchema>;

const messageRecordSchema = z.object({
  message_id: z.string(),
  sid: z.string(),
  /** As stored: "4" an agent (every message the console sends), "1" a customer; anything else is shown as not the agent's. */
  sender_type: z.string(),
  sender_id: z.string().optional(),
  /**
   * The staff account that sent it through the console (absent for a customer's message and for
   * messages stored before this was recorded). The display name is the account's current one.
   */
  sent_by: z.object({ username: z.string(), display_name: z.string() }).optional(),
  status: messageStatusSchema,
  created_at: z.number(),
  updated_at: z.number(),
  top_request_id: z.string().optional(),
  /** The TOP answer's `data` for send. */
  top_message_id: z.string().optional(),
  error: apiErrorBodySchema.shape.error.optional(),
});

/** A stored message: its record, and `type` + `payload` as sent, or `type: "unreadable"` with the raw text. */
export const messageViewSchema = z.intersection(messageRecordSchema, messageContentViewSchema);
export type MessageView = z.infer<typeof messageViewSchema>;

export const messageListSchema = z.object({
  items: z.array(messageViewSchema),
  /** Pass as `cursor` to get older messages. */
  nextCursor: z.string().optional(),
});
export type MessageList = z.infer<typeof messageListSchema>;

// ---- groups and tickets

export const createGroupBodySchema = z.strictObject({
  /** The console session the group belongs to; the result is kept with it. */
  sid: z.string().min(1).optional(),
  // staff_id is the signed-in agent's own operator id, tenant_id the configured tenant.
  service_communication_request: serviceCommunicationRequestSchema
    .omit({ tenant_id: true })
    .extend({ tenant_id: configOnly() })
    .strict()
    .optional(),
});
export type CreateGroupBody = z.infer<typeof createGroupBodySchema>;

// tenant_id and corp_id come from configuration (LY_TENANT_ID, LY_DING_CORP_ID / LY_CORP_ID).
export const createGroupTicketBodySchema = groupCustomerCaseRequestSchema.omit({ tenant_id: true, corp_id: true }).extend({
  case_id: z.string().regex(/^\d{1,32}$/, "digits only"),
  /** The session whose group the ticket is for: the ids must be that group's (server-checked). */
  sid: z.string().min(1),
  tenant_id: configOnly(),
  corp_id: configOnly(),
  isv_org_id: configOnly(),
  ly_ding_open_para_dto: configOnly(),
}).strict();
export type CreateGroupTicketBody = z.infer<typeof createGroupTicketBodySchema>;

export const groupTicketViewSchema = z.object({
  case_id: z.string(),
  system_time: z.string().optional(),
  request_id: z.string().optional(),
});
export type GroupTicketView = z.infer<typeof groupTicketViewSchema>;

/** GET /api/sessions/:sid/group-tickets: the tickets saved for the session, the latest save first. */
export const sessionTicketSchema = groupTicketViewSchema.extend({
  /** When the console saved it (the latest save, for a case id saved again). */
  saved_at: z.number(),
});
export type SessionTicket = z.infer<typeof sessionTicketSchema>;
export const sessionTicketListSchema = z.object({ items: z.array(sessionTicketSchema) });
export type SessionTicketList = z.infer<typeof sessionTicketListSchema>;

/** GET /api/sessions/:sid/stats: figures of the session for its details panel. */
export const sessionStatsSchema = z.object({
  /** Messages either side sent (read receipts are not counted). */
  message_count: z.number().int().nonnegative(),
});
export type SessionStats = z.infer<typeof sessionStatsSchema>;

export const healthSchema = z.object({
  status: z.literal("ok"),
  mode: z.enum(["sandbox", "live"]),
  version: z.string(),
});
