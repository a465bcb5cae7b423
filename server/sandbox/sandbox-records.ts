import { z } from "zod";
import { closeReasonSchema, lySessionSourceDtoSchema, lySessionTargetDtoSchema } from "../../contract/top-dtos.ts";

// What the emulated platform remembers, one record per thing it knows. Tests, the soak suite and
// GET /__sandbox/state read these to prove effects the caller cannot see in an answer, such as
// "delivered exactly once". In sandbox mode the journal stores them as JSON and reads them back
// through these schemas, so a row written by an older build is checked, not trusted.

export const sessionRecordSchema = z.object({
  sid: z.string(),
  status: z.enum(["open", "closed"]),
  createdAt: z.string(),
  source: lySessionSourceDtoSchema,
  target: lySessionTargetDtoSchema,
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

export const messageRecordSchema = z.object({
  sid: z.string(),
  messageId: z.string(),
  platformMessageId: z.string(),
  contentType: z.number(),
  content: z.string(),
  /** Who sent it, as the call said (1 = the member, 4 = an agent); optional for journals of older builds. */
  senderType: z.string().optional(),
  senderId: z.string().optional(),
  acceptedAt: z.string(),
  /** Accepted sends of this message_id: above 1 means a retry the platform de-duplicated. */
  deliveries: z.number().int().positive(),
});
export type MessageRecord = z.infer<typeof messageRecordSchema>;

export const closeRecordSchema = z.object({
  sid: z.string(),
  reason: closeReasonSchema,
  operatorId: z.string(),
  operatorType: z.string().optional(),
  closedAt: z.string(),
});
export type CloseRecord = z.infer<typeof closeRecordSchema>;

export const groupRecordSchema = z.object({
  teamGroupId: z.string(),
  openConversationId: z.string(),
  userIdentify: z.string(),
  tenantId: z.number(),
  corpId: z.string(),
  caseId: z.string().optional(),
  staffId: z.string().optional(),
  outerType: z.string().optional(),
  groupLink: z.string(),
  groupQrCode: z.string(),
  accountType: z.union([z.literal(1), z.literal(2)]),
  createdAt: z.string(),
});
export type GroupRecord = z.infer<typeof groupRecordSchema>;

export const ticketRecordSchema = z.object({
  caseId: z.string(),
  openConversationId: z.string(),
  userIdentify: z.string(),
  tenantId: z.number(),
  corpId: z.string().optional(),
  systemTime: z.string(),
  /** Accepted saves of this case_id; the ticket itself is recorded once. */
  saves: z.number().int().positive(),
});
export type TicketRecord = z.infer<typeof ticketRecordSchema>;

/** The kinds of record the journal keeps, each with the schema its rows are read back with. */
export const recordSchemas = {
  session: sessionRecordSchema,
  message: messageRecordSchema,
  close: closeRecordSchema,
  group: groupRecordSchema,
  ticket: ticketRecordSchema,
} as const;
export type RecordKind = keyof typeof recordSchemas;
export type RecordOf<K extends RecordKind> = z.infer<(typeof recordSchemas)[K]>;
