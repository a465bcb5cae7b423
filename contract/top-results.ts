import { z } from "zod";
import { accountTypeSchema } from "./top-dtos.ts";

// The `result` objects inside the five `<method>_response` envelopes (ResultDO of the seed pages).
// `success=false` with code/msg is a business failure inside a success envelope.

const resultBase = {
  success: z.boolean(),
  code: z.string().optional(),
  msg: z.string().optional(),
};

export const createSessionResultSchema = z.object({ ...resultBase, data: z.string().optional() });
export const sendMessageResultSchema = z.object({ ...resultBase, data: z.string().optional() });
export const closeSessionResultSchema = z.object(resultBase);

export const communicationResponseSchema = z.object({
  group_link: z.string(),
  group_qr_code: z.string().optional(),
  account_type: accountTypeSchema.optional(),
  team_group_id: z.string().optional(),
});
export type CommunicationResponse = z.infer<typeof communicationResponseSchema>;
export const groupCommunicationResultSchema = z.object({
  ...resultBase,
  data: communicationResponseSchema.optional(),
});

export const ticketSaveResultSchema = z.object({ ...resultBase, system_time: z.string().optional() });

/** The gateway's own error envelope. */
export const topErrorResponseSchema = z.object({
  code: z.number(),
  msg: z.string(),
  sub_code: z.string().optional(),
  sub_msg: z.string().optional(),
  request_id: z.string().optional(),
});
export type TopErrorResponse = z.infer<typeof topErrorResponseSchema>;
