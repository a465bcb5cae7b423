import type { Generated } from "kysely";

// Staff accounts, their sign-in sessions and the customer page's visitors, as the migrations create them
// on both engines. Flags are integers 0/1 on both (SQLite has no boolean type), turned into booleans by
// the repos; those with a column default may be left out of an insert (Generated).

export interface UsersTable {
  /** Unique ignoring case: "Alice" signs in as "alice". */
  username: string;
  display_name: string;
  role: "agent" | "supervisor";
  operator_id: string;
  service_id: string;
  password_hash: string;
  disabled: Generated<number>;
  demo: Generated<number>;
  created_at: number;
}

export interface AuthSessionsTable {
  /** A SHA-256 of the session token: the token itself is never stored. */
  token_hash: string;
  username: string;
  created_at: number;
  last_seen_at: number;
}

export interface VisitorsTable {
  visitor_id: string;
  member_id: string;
  nickname: string | null;
  signed: Generated<number>;
  created_at: number;
  last_seen_at: number;
}

export interface AccountTables {
  users: UsersTable;
  auth_sessions: AuthSessionsTable;
  visitors: VisitorsTable;
}
