import type { Selectable } from "kysely";
import { type GroupView, groupViewSchema, type SessionView, sessionViewSchema } from "../../../contract/api.ts";
import type { Engine } from "./database.ts";
import type { SessionsTable } from "./tables-core.ts";

// A sessions row as every session query reads it, and its view. The agent's display name is read from
// users, so a renamed agent shows under the new name everywhere. The avatar is read from the create
// DTO (the only place it is kept), the one expression the engines spell differently. The explicit
// COLLATE NOCASE is how SQLite compares there anyway (the username column's); PostgreSQL needs it said.

/**
 * The table's columns as sessionColumns reads them: the create DTO only for its avatar, and the agent's
 * display name joined from users (null when the account is gone).
 */
export type SessionRow = Omit<Selectable<SessionsTable>, "create_dto" | "agent_read_at"> & { channel_avatar_url: string | null; agent_name: string | null };

const avatar: Record<Engine, string> = {
  sqlite: `json_extract(create_dto, '$.source.channel_avatar_url')`,
  postgres: `(create_dto::json #>> '{source,channel_avatar_url}')`,
};

/** The select list (also a RETURNING list: both engines allow its subquery there). */
export function sessionColumns(engine: Engine): string {
  return `sid, status, channel, channel_uid, channel_nick, ${avatar[engine]} AS channel_avatar_url, session_source, service_id,
  bu_id, summary, agent, top_session_id, opened_at, last_activity_at, closed_at, close_reason, closed_by, group_json,
  unknown_to_platform_at, close_note, origin, (SELECT display_name FROM users WHERE users.username = sessions.agent COLLATE NOCASE) AS agent_name,
  last_preview, last_type, last_at, last_side, unread_count, waiting_since`;
}

/** The larger of two numbers: SQLite's two-argument MAX is PostgreSQL's GREATEST. */
export function larger(engine: Engine): string {
  return engine === "sqlite" ? "MAX" : "GREATEST";
}

export function toSessionView(row: SessionRow): SessionView {
  const group: GroupView | undefined = row.group_json ? groupViewSchema.parse(JSON.parse(row.group_json)) : undefined;
  // Parsed, not cast: a row is data that crossed a boundary (a database other versions may have written).
  return sessionViewSchema.parse({
    sid: row.sid,
    status: row.status,
    channel: row.channel,
    channel_uid: row.channel_uid,
    channel_nick: row.channel_nick ?? undefined,
    channel_avatar_url: row.channel_avatar_url ?? undefined,
    session_source: row.session_source,
    service_id: row.service_id,
    bu_id: row.bu_id,
    summary: row.summary ?? undefined,
    // '' in the column (it stays NOT NULL for its index) is the Unassigned queue.
    agent: row.agent === "" ? undefined : row.agent,
    agent_name: row.agent === "" ? undefined : (row.agent_name ?? undefined),
    origin: row.origin,
    last_message:
      row.last_at !== null && row.last_side !== null
        ? { preview: row.last_preview ?? "", type: row.last_type ?? "", at: row.last_at, side: row.last_side }
        : undefined,
    unread_count: row.unread_count,
    waiting_since: row.waiting_since ?? undefined,
    top_session_id: row.top_session_id ?? undefined,
    opened_at: row.opened_at,
    last_activity_at: row.last_activity_at,
    closed_at: row.closed_at ?? undefined,
    close_reason: row.close_reason ?? undefined,
    closed_by: row.closed_by ?? undefined,
    unknown_to_platform_at: row.unknown_to_platform_at ?? undefined,
    close_note: row.close_note ?? undefined,
    group,
  });
}
