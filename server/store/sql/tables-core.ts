import type { Generated } from "kysely";

// Column types of the core tables (sessions, their messages and search terms) as the migrations in
// ./migrations/ leave them. Timestamps are epoch milliseconds on both engines (PostgreSQL BIGINT,
// read back as numbers by open-sql-database.ts).

export interface SessionsTable {
  sid: string;
  status: "open" | "closed";
  channel: string;
  channel_uid: string;
  channel_nick: string | null;
  session_source: string;
  service_id: string;
  bu_id: string;
  summary: string | null;
  /** '' is the Unassigned queue (the column stays NOT NULL so the agent index serves the queue too). */
  agent: string;
  create_dto: string;
  top_session_id: string | null;
  opened_at: number;
  last_activity_at: number;
  closed_at: number | null;
  close_reason: string | null;
  closed_by: string | null;
  group_json: string | null;
  unknown_to_platform_at: number | null;
  close_note: string | null;
  origin: Generated<string>;
  last_preview: string | null;
  last_type: string | null;
  last_at: number | null;
  last_side: string | null;
  unread_count: Generated<number>;
  waiting_since: number | null;
  agent_read_at: number | null;
}

export interface MessagesTable {
  seq: Generated<number>;
  message_id: string;
  sid: string;
  content_type: number;
  content: string;
  payload_json: string | null;
  sender_type: string;
  sender_id: string | null;
  sent_by: string | null;
  status: "pending" | "sent" | "failed";
  error_json: string | null;
  top_request_id: string | null;
  top_message_id: string | null;
  created_at: number;
  updated_at: number;
  /** The instance sending it while pending (migration 19). */
  sending_instance: string | null;
}

export interface SessionSearchTermsTable {
  term: string;
  sid: string;
}

export interface SchemaMigrationsTable {
  version: number;
  applied_at: number;
}

export interface CoreTables {
  sessions: SessionsTable;
  messages: MessagesTable;
  session_search_terms: SessionSearchTermsTable;
  schema_migrations: SchemaMigrationsTable;
}
