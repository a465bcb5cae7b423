import { z } from "zod";

// The TOP DTOs of the five lyservice calls, exactly as the API pages in shared/seeds define them:
// snake_case names, required/optional and types as documented. Each DTO travels as ONE form field
// whose value is its JSON; numbers are JSON numbers and string-typed ids stay strings.

/** LySessionSourceDTO.channel: a String on the wire holding the enum ordinal (H5, APP, WE_CHAT_APPLETS, WE_CHAT_OFFICIAL_ACCOUNTS). */
export const channelValues = ["0", "1", "2", "3"] as const;
export const channelSchema = z.enum(channelValues);
export type Channel = z.infer<typeof channelSchema>;

/** session_status: 0 in conversation, 1 ended. */
export const sessionStatusSchema = z.union([z.literal(0), z.literal(1)]);

/** production_type: 1 intelligent service, 1001 economy edition. */
export const productionTypeSchema = z.union([z.literal(1), z.literal(1001)]);

/** operator_type / sender_type: "4" a service agent (小二), "1" a member (customer). */
export const actorTypeValues = ["4", "1"] as const;
export const actorTypeSchema = z.enum(actorTypeValues);
export type ActorType = z.infer<typeof actorTypeSchema>;

export const closeReasonValues = ["memberIsSilent", "heartBeatBreak", "memberCloseTheSession"] as const;
export const closeReasonSchema = z.enum(closeReasonValues);
export type CloseReason = z.infer<typeof closeReasonSchema>;

/** content_type of LyOpenMessageDTO. */
export const contentTypes = {
  TEXT: 1,
  IMAGE: 2,
  VIDEO: 3,
  LINK: 4,
  VOICE: 5,
  MARK_DOWN: 6,
  ACTION_CARD: 7,
  RICH_TEXT: 8,
  FILE: 9,
  MSG_READ: 10,
} as const;
export type ContentTypeName = keyof typeof contentTypes;
export type ContentType = (typeof contentTypes)[ContentTypeName];
export const contentTypeSchema = z.union(
  Object.values(contentTypes).map((v) => z.literal(v)) as unknown as [
    z.ZodLiteral<ContentType>,
    z.ZodLiteral<ContentType>,
    ...z.ZodLiteral<ContentType>[],
  ],
);

const str = () => z.string().min(1);
const int = () => z.number().int();

export const lyDingOpenParaDtoSchema = z.object({
  isv_org_id: int().optional(),
  corp_id: str().optional(),
  token_grant_type: z.union([z.literal(0), z.literal(1)]).optional(),
  suite_key: str().optional(),
  org_id: int().optional(),
});
export type LyDingOpenParaDTO = z.infer<typeof lyDingOpenParaDtoSchema>;

export const lySessionSourceDtoSchema = z.object({
  summary: str().optional(),
  channel_avatar_url: str().optional(),
  channel_nick: str().optional(),
  cms_id: str().optional(),
  session_source: str(),
  channel_uid: str(),
  session_end_time: int().nonnegative().optional(),
  channel: channelSchema,
  session_start_time: int().nonnegative().optional(),
  session_status: sessionStatusSchema.optional(),
  channel_user_source: str().optional(),
  sid: str(),
});
export type LySessionSourceDTO = z.infer<typeof lySessionSourceDtoSchema>;

export const lySessionTargetDtoSchema = z.object({
  session_source: str(),
  open_instance_id: str().optional(),
  ding_corp_id: str().optional(),
  production_type: productionTypeSchema.optional(),
  service_id: str(),
  bu_id: str(),
  corp_id: str().optional(),
});
export type LySessionTargetDTO = z.infer<typeof lySessionTargetDtoSchema>;

export const lyCreateSessionDtoSchema = z.object({
  source: lySessionSourceDtoSchema,
  target: lySessionTargetDtoSchema,
});
export type LyCreateSessionDTO = z.infer<typeof lyCreateSessionDtoSchema>;

export const lyOpenMessageDtoSchema = z.object({
  cms_id: str().optional(),
  ding_corp_id: str().optional(),
  production_type: productionTypeSchema.optional(),
  message_id: str(),
  content: str(),
  sid: str(),
  session_source: str(),
  sender_id: str().optional(),
  message_create_at: int().nonnegative().optional(),
  open_instance_id: str().optional(),
  sender_type: actorTypeSchema.optional(),
  content_type: contentTypeSchema,
  bu_id: str(),
});
export type LyOpenMessageDTO = z.infer<typeof lyOpenMessageDtoSchema>;

export const lyCloseSessionDtoSchema = z.object({
  reason: closeReasonSchema,
  session_source: str(),
  open_instance_id: str().optional(),
  ding_corp_id: str().optional(),
  production_type: productionTypeSchema.optional(),
  operator_type: actorTypeSchema.optional(),
  service_id: str().optional(),
  operator_id: str(),
  sid: str(),
  bu_id: str(),
});
export type LyCloseSessionDTO = z.infer<typeof lyCloseSessionDtoSchema>;

export const serviceCommunicationRequestSchema = z.object({
  case_id: str().optional(),
  tenant_id: int().optional(),
  staff_id: str().optional(),
  outer_type: str().optional(),
});
export type ServiceCommunicationRequest = z.infer<typeof serviceCommunicationRequestSchema>;

export const groupCustomerCaseRequestSchema = z.object({
  corp_id: str().optional(),
  user_identify: str(),
  // 18 digits in the example: does not fit a double, so it stays a string end to end.
  case_id: str(),
  tenant_id: int().nonnegative(),
  open_conversation_id: str(),
});
export type GroupCustomerCaseRequest = z.infer<typeof groupCustomerCaseRequestSchema>;
