import { z } from "zod";

// The `result` objects inside the five `<method>_response` envelopes (ResultDO of the seed pages),
// read liberally: an answer the platform gave is never thrown away because of its shape. Where a seed
// says "String" a number is taken too, and where it says "Number" a numeric string; unknown fields are
// kept; a field that cannot be read at all is left out instead of failing the answer, because a call
// the platform answered must not look like a failure (a retry would act twice). Only `success` must
// be readable: without it nobody can tell whether the platform did the work.
// `success=false` with code/msg is a business failure inside a success envelope.

/** A seed "String": a JSON string or a number, read as a string. */
export const topText = z.union([z.string(), z.number().transform(String)]);
/** A seed "Number": a JSON number or a numeric string, read as a number. */
export const topNumber = z.union([z.number(), z.string().trim().regex(/^-?\d+(\.\d+)?$/).transform(Number)]);
/** A seed "Boolean": true/false, or the strings "true"/"false". */
export const topFlag = z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]);

/** Optional, and dropped (not fatal) when present in a shape that cannot be read. */
function lenient<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined);
}

const resultBase = {
  success: topFlag,
  code: lenient(topText),
  msg: lenient(topText),
};

export const createSessionResultSchema = z.looseObject({ ...resultBase, data: lenient(topText) });
export const sendMessageResultSchema = z.looseObject({ ...resultBase, data: lenient(topText) });
export const closeSessionResultSchema = z.looseObject(resultBase);

/** account_type is any number: the seed names 1 (internal member) and 2 (external member). */
export const communicationResponseSchema = z.looseObject({
  group_link: lenient(topText),
  group_qr_code: lenient(topText),
  account_type: lenient(topNumber),
  team_group_id: lenient(topText),
});
export type CommunicationResponse = z.infer<typeof communicationResponseSchema>;
export const groupCommunicationResultSchema = z.looseObject({
  ...resultBase,
  data: lenient(communicationResponseSchema),
});

export const ticketSaveResultSchema = z.looseObject({ ...resultBase, system_time: lenient(topText) });

/** The gateway's own error envelope as the protocol page shows it (code a number; some gateways send a string). */
export const topErrorResponseSchema = z.object({
  code: z.union([z.number(), z.string()]),
  msg: z.string(),
  sub_code: z.string().optional(),
  sub_msg: z.string().optional(),
  request_id: z.string().optional(),
});
export type TopErrorResponse = z.infer<typeof topErrorResponseSchema>;

/** The same envelope read liberally by the BFF: whatever of it can be read is kept for support. */
export const topErrorAnswerSchema = z.looseObject({
  code: lenient(topText),
  msg: lenient(topText),
  sub_code: lenient(topText),
  sub_msg: lenient(topText),
  request_id: lenient(topText),
});
