import { z } from "zod";
import { sessionViewSchema } from "./api.ts";
import { channelSchema, closeReasonSchema } from "./top-dtos.ts";
import { apiErrorBodySchema } from "./errors.ts";
import { pageCursorSchema } from "./page-cursor.ts";

// The supervisor board: open sessions by idle time, bulk close, the auto-close policy, the audit trail.

/** The filter of the board; the server resolves it (never only the rows on screen). */
export const boardFilterSchema = z.object({
  idle_minutes: z.coerce.number().int().min(0).max(525_600).optional(),
  channel: channelSchema.optional(),
  agent: z.string().trim().min(1).max(128).optional(),
  session_source: z.string().trim().min(1).max(128).optional(),
});
export type BoardFilter = z.infer<typeof boardFilterSchema>;

/** The board's sortable columns; "idle" and "last_activity" are one order, read from either end. */
export const boardSortKeys = ["idle", "customer", "channel", "agent", "source", "last_activity"] as const;
export type BoardSortKey = (typeof boardSortKeys)[number];
export const boardSortSchema = z.object({
  sort: z.enum(boardSortKeys).default("idle"),
  dir: z.enum(["asc", "desc"]).default("desc"),
});
export type BoardSort = z.infer<typeof boardSortSchema>;
/** Longest idle first: the order a supervisor scans the board in. */
export const defaultBoardSort: BoardSort = { sort: "idle", dir: "desc" };

export const boardQuerySchema = boardFilterSchema.extend({
  ...boardSortSchema.shape,
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: pageCursorSchema,
});

export const boardSessionSchema = sessionViewSchema.extend({ idle_ms: z.number() });
export type BoardSession = z.infer<typeof boardSessionSchema>;

export const boardPageSchema = z.object({
  items: z.array(boardSessionSchema),
  nextCursor: z.string().optional(),
  counts: z.object({
    /** All open sessions. */
    open: z.number(),
    /** Open sessions matching the filter. */
    matching: z.number(),
  }),
  now: z.number(),
});
export type BoardPage = z.infer<typeof boardPageSchema>;

export const bulkCloseBodySchema = z
  .object({
    reason: closeReasonSchema,
    /** Either the chosen sessions… */
    sids: z.array(z.string().min(1).max(128)).min(1).max(10_000).optional(),
    /** …or every open session matching this filter, resolved by the server when the job starts. */
    filter: boardFilterSchema.optional(),
  })
  .refine((b) => (b.sids === undefined) !== (b.filter === undefined), {
    message: "give either sids or filter",
    path: ["sids"],
  });
export type BulkCloseBody = z.infer<typeof bulkCloseBodySchema>;

export const bulkItemStatusSchema = z.enum(["pending", "done", "failed"]);

export const bulkCloseJobSchema = z.object({
  id: z.string(),
  reason: closeReasonSchema,
  actor: z.string(),
  status: z.enum(["running", "finished"]),
  total: z.number(),
  /** Closed now, or found closed already. */
  done: z.number(),
  /** The platform no longer knows these sessions: left open and flagged, to be marked closed by a person. */
  unknown_to_platform: z.number(),
  failed: z.number(),
  created_at: z.number(),
  /** When the current run started: created_at, or the latest "Retry failed". Orders snapshots across a retry. */
  run_started_at: z.number(),
  finished_at: z.number().optional(),
  failures: z.array(z.object({ sid: z.string(), error: apiErrorBodySchema.shape.error })),
});
export type BulkCloseJob = z.infer<typeof bulkCloseJobSchema>;

/** A job's counts without its failures: what progress events and the list of recent jobs carry. */
export const bulkJobSummarySchema = bulkCloseJobSchema.omit({ failures: true });
export type BulkJobSummary = z.infer<typeof bulkJobSummarySchema>;

/** GET /api/board/bulk-close: the most recent jobs of every supervisor, newest first. */
export const recentBulkJobsSchema = z.object({ items: z.array(bulkJobSummarySchema) });
export type RecentBulkJobs = z.infer<typeof recentBulkJobsSchema>;
export const RECENT_BULK_JOBS = 20;

export const autoClosePolicySchema = z.object({
  enabled: z.boolean(),
  idle_minutes: z.number().int().min(1).max(10_080),
  reason: closeReasonSchema,
  max_per_run: z.number().int().min(1).max(1_000),
});
export type AutoClosePolicy = z.infer<typeof autoClosePolicySchema>;

/** Security events kept in the audit trail beside the TOP calls (their `method`). */
export const securityActions = [
  "auth.login",
  "auth.logout",
  "auth.logout_everywhere",
  "access.refused",
  "policy.auto_close",
  "user.add",
  "user.reset",
  "user.disable",
  "user.enable",
  "user.remove_demo",
] as const;
export type SecurityAction = (typeof securityActions)[number];

/** The audit entry of "mark closed": the console's own act, beside the TOP calls (nothing sent to TOP). */
export const markClosedAuditMethod = "console.session.mark_closed";

/**
 * How an audited act ended. For a TOP call: "ok"; "platform_refused" when the platform answered no (isv.*,
 * missing or invalid arguments, result.success=false: the answer will not change by asking again);
 * "flow_control" for its call limit; "gateway_error" when no usable answer came back (timeout, network,
 * HTTP 5xx, an unreadable answer, isp.* faults, a gateway configuration fault), with which in `detail`.
 * "console" for the console's own audited acts (mark closed, reassign); "refused" for a security event
 * that was turned down (a failed sign-in, a role refusal).
 */
export const auditOutcomeSchema = z.enum(["ok", "platform_refused", "flow_control", "gateway_error", "console", "refused"]);
export type AuditOutcome = z.infer<typeof auditOutcomeSchema>;

/** The `detail` of a "gateway_error": what went wrong, as a word the console translates. */
export const gatewayErrorDetails = ["timeout", "transport", "unreadable", "provider_fault", "gateway_fault"] as const;
export type GatewayErrorDetail = (typeof gatewayErrorDetails)[number];

export const auditQuerySchema = z.object({
  sid: z.string().max(128).optional(),
  actor: z.string().max(128).optional(),
  method: z.string().max(128).optional(),
  outcome: auditOutcomeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: pageCursorSchema,
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.number(),
  method: z.string(),
  actor: z.string(),
  sid: z.string().optional(),
  outcome: auditOutcomeSchema,
  top_code: z.string().optional(),
  msg: z.string().optional(),
  sub_code: z.string().optional(),
  sub_msg: z.string().optional(),
  request_id: z.string().optional(),
  /** Security events: where the request came from, and why it was refused. */
  address: z.string().optional(),
  detail: z.string().optional(),
  latency_ms: z.number(),
  attempts: z.number(),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({ items: z.array(auditEntrySchema), nextCursor: z.string().optional() });
