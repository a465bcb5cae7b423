import type { OpenSessionFilter } from "../store.ts";

// The WHERE clause of the supervisor board's queries, built from the filter with bound parameters
// only. Indexed by sessions_open_by_activity (status, last_activity_at).

export function openSessionsWhere(filter: OpenSessionFilter): { sql: string; params: Record<string, string | number> } {
  const clauses = ["status = 'open'"];
  const params: Record<string, string | number> = {};
  if (filter.idleBefore !== undefined) {
    clauses.push("last_activity_at < @idleBefore");
    params.idleBefore = filter.idleBefore;
  }
  if (filter.channel !== undefined) {
    clauses.push("channel = @channel");
    params.channel = filter.channel;
  }
  if (filter.agent !== undefined) {
    clauses.push("agent = @agent");
    params.agent = filter.agent;
  }
  if (filter.session_source !== undefined) {
    clauses.push("session_source = @session_source");
    params.session_source = filter.session_source;
  }
  if (filter.knownToPlatform) clauses.push("unknown_to_platform_at IS NULL");
  return { sql: clauses.join(" AND "), params };
}
