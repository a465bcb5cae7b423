import type { Generated } from "kysely";

// Column types of the supervisors' records: bulk-close jobs, settings, the audit trail of TOP calls
// (top_calls), quick replies and group tickets.

export interface BulkJobsTable {
  id: string;
  reason: string;
  actor: string;
  created_at: number;
  finished_at: number | null;
  run_started_at: number | null;
}

export interface BulkJobItemsTable {
  job_id: string;
  sid: string;
  status: "pending" | "done" | "failed";
  error_json: string | null;
  outcome: string | null;
  /** The instance closing it now, and until when (epoch ms) unless it renews: see migration 17. */
  claimed_by: string | null;
  claimed_until: number | null;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface TopCallsTable {
  id: Generated<number>;
  at: number;
  method: string;
  actor: string;
  sid: string | null;
  outcome: string;
  top_code: string | null;
  sub_code: string | null;
  msg: string | null;
  sub_msg: string | null;
  request_id: string | null;
  latency_ms: number;
  attempts: number;
  address: string | null;
  detail: string | null;
}

export interface QuickRepliesTable {
  id: string;
  title: string;
  text_zh: string;
  text_en: string;
  /** Title and both texts folded to lower case by the server, so a filter is a plain LIKE on both engines. */
  search_text: string;
  /** The title lower-cased by the server; unique, so no two titles differ only in case (migration 20). */
  title_key: string;
  updated_at: number;
  updated_by: string;
}

export interface GroupTicketsTable {
  case_id: string;
  sid: string | null;
  open_conversation_id: string;
  system_time: string | null;
  request_id: string | null;
  created_at: number;
}

export interface OperationTables {
  bulk_jobs: BulkJobsTable;
  bulk_job_items: BulkJobItemsTable;
  settings: SettingsTable;
  top_calls: TopCallsTable;
  quick_replies: QuickRepliesTable;
  group_tickets: GroupTicketsTable;
}
