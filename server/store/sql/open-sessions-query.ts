import { type RawBuilder, sql } from "kysely";
import type { OpenSessionFilter } from "../store.ts";

// The WHERE clause of the supervisor board's queries, built from the filter with bound parameters
// only. Indexed by sessions_open_by_activity (status, last_activity_at).

export function openSessionsWhere(filter: OpenSessionFilter): RawBuilder<unknown> {
  const clauses: RawBuilder<unknown>[] = [sql`status = 'open'`];
  if (filter.idleBefore !== undefined) clauses.push(sql`last_activity_at < ${filter.idleBefore}`);
  if (filter.channel !== undefined) clauses.push(sql`channel = ${filter.channel}`);
  if (filter.agent !== undefined) clauses.push(sql`agent = ${filter.agent}`);
  if (filter.session_source !== undefined) clauses.push(sql`session_source = ${filter.session_source}`);
  if (filter.knownToPlatform) clauses.push(sql`unknown_to_platform_at IS NULL`);
  return sql.join(clauses, sql` AND `);
}
