import { z } from "zod";
import { assignmentAuditMethods } from "../../../../../contract/api.ts";
import { auditOutcomeSchema, markClosedAuditMethod, type SecurityAction, securityActions } from "../../../../../contract/board.ts";
import { quickReplyAuditMethods } from "../../../../../contract/quick-replies.ts";
import { type TopCallName, topCalls } from "../../../../../contract/top-calls.ts";

// The audit trail's filter, and every audited method by name (so each is shown in words): the five TOP
// calls, the console's own acts and the security events. Blank fields are simply not sent; session id
// and actor must match exactly, as the server compares them.

export const callNames = Object.keys(topCalls) as TopCallName[];

export function callNameOf(method: string): TopCallName | undefined {
  return callNames.find((name) => topCalls[name].method === method);
}

export function securityActionOf(method: string): SecurityAction | undefined {
  return securityActions.find((action) => action === method);
}

/** The console's own audited acts (nothing sent to TOP), by the word the audit screen names them with. */
export const consoleActs = {
  mark_closed: markClosedAuditMethod,
  route: assignmentAuditMethods.routed,
  take: assignmentAuditMethods.taken,
  assign: assignmentAuditMethods.assigned,
  quick_reply_create: quickReplyAuditMethods.create,
  quick_reply_update: quickReplyAuditMethods.update,
  quick_reply_delete: quickReplyAuditMethods.delete,
} as const;
export type ConsoleAct = keyof typeof consoleActs;
const consoleActNames = Object.keys(consoleActs) as ConsoleAct[];

export function consoleActOf(method: string): ConsoleAct | undefined {
  return consoleActNames.find((name) => consoleActs[name] === method);
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
  method: z.enum([...securityActions, ...callNames.map((name) => topCalls[name].method), ...Object.values(consoleActs)]).optional(),
  outcome: auditOutcomeSchema.optional(),
});
export type AuditFilterValues = z.input<typeof auditFilterSchema>;
export type AuditFilter = z.output<typeof auditFilterSchema>;

/** The filter's URL parameters; the session is `session`, since `sid` is the workspace's open session. */
export const auditParams = { sid: "session", actor: "actor", method: "method", outcome: "outcome" } as const;
const filterKeys = Object.keys(auditParams) as Array<keyof typeof auditParams>;
type AuditParamName = (typeof auditParams)[keyof typeof auditParams];

/**
 * The filter from the URL (`?view=audit&session=…&outcome=platform_refused`), so Back, Forward and a
 * reload keep it. Each parameter is read on its own: a bad one (a hand-edited link, an outcome of an
 * older version) is dropped, not the whole filter.
 */
export function auditFilterFromParams(params: URLSearchParams): AuditFilter {
  const filter: Record<string, string> = {};
  for (const key of filterKeys) {
    const parsed = auditFilterSchema.shape[key].safeParse(params.get(auditParams[key]) ?? undefined);
    if (parsed.success && parsed.data !== undefined) filter[key] = parsed.data;
  }
  return auditFilterSchema.parse(filter);
}

/** Every filter parameter, set or removed, ready for setSearchParams. */
export function auditFilterToParams(filter: AuditFilter): Record<AuditParamName, string | undefined> {
  return { session: filter.sid, actor: filter.actor, method: filter.method, outcome: filter.outcome };
}
