import { z } from "zod";
import { auditOutcomeSchema, type SecurityAction, securityActions } from "../../../../../contract/board.ts";
import { type TopCallName, topCalls } from "../../../../../contract/top-calls.ts";

// The audit trail's filter, and the five TOP calls by name (so each is shown in words). Blank fields
// are simply not sent; session id and actor must match exactly, as the server compares them.

export const callNames = Object.keys(topCalls) as TopCallName[];

export function callNameOf(method: string): TopCallName | undefined {
  return callNames.find((name) => topCalls[name].method === method);
}

export function securityActionOf(method: string): SecurityAction | undefined {
  return securityActions.find((action) => action === method);
}

const text = z
  .string()
  .trim()
  .max(128)
  .transform((value) => value || undefined)
  .optional();

export const auditFilterSchema = z.object({
  sid: text,
  actor: text,
  method: z.enum([...securityActions, ...callNames.map((name) => topCalls[name].method)]).optional(),
  outcome: auditOutcomeSchema.optional(),
});
export type AuditFilterValues = z.input<typeof auditFilterSchema>;
export type AuditFilter = z.output<typeof auditFilterSchema>;
