import type { Database } from "better-sqlite3";
import { type GroupView, groupViewSchema, type SessionView, sessionViewSchema } from "../../../contract/api.ts";
import { type BoardSort, defaultBoardSort } from "../../../contract/board.ts";
import type { CloseReason } from "../../../contract/top-dtos.ts";
import type { InboxFilter, NewSession, OpenSessionFilter, Page, PageRequest, SessionsRepo } from "../store.ts";
import { openSessionsWhere } from "./open-sessions-query.ts";
import { afterCursor, encodeOrderCursor, orderBy, orderTerms } from "./open-sessions-order.ts";
import { createInboxList } from "./inbox-list.ts";
import { createInboxOps } from "./inbox-repo.ts";
import { type SearchableSession, searchTermsWriter } from "./search-terms.ts";

export interface SessionRow {
  sid: string;
  status: string;
  channel: string;
  channel_uid: string;
  channel_nick: string | null;
  channel_avatar_url: string | null;
  session_source: string;
  service_id: string;
  bu_id: string;
  summary: string | null;
  agent: string;
  top_session_id: string | null;
  opened_at: number;
  last_activity_at: number;
  closed_at: number | null;
  close_reason: string | null;
  closed_by: string | null;
  group_json: string | null;
  unknown_to_platform_at: number | null;
  close_note: string | null;
  origin: string;
  agent_name: string | null;
  last_preview: string | null;
  last_type: string | null;
  last_at: number | null;
  last_side: string | null;
  unread_count: number;
  waiting_since: number | null;
}

// The agent's display name is read from users, so a renamed agent shows under the new name everywhere.
// The avatar is read from the create DTO (the only place it is kept); JSON_EXTRACT is SQLite's and
// MySQL's spelling, PostgreSQL's is create_dto::json #>> '{source,channel_avatar_url}'.
export const COLUMNS = `sid, status, channel, channel_uid, channel_nick,
  json_extract(create_dto, '$.source.channel_avatar_url') AS channel_avatar_url, session_source, service_id, bu_id, summary, agent,
  top_session_id, opened_at, last_activity_at, closed_at, close_reason, closed_by, group_json, unknown_to_platform_at, close_note,
  origin, (SELECT display_name FROM users WHERE users.username = sessions.agent) AS agent_name,
  last_preview, last_type, last_at, last_side, unread_count, waiting_since`;

export function toSessionView(row: SessionRow): SessionView {
  const group: GroupView | undefined = row.group_json ? groupViewSchema.parse(JSON.parse(row.group_json)) : undefined;
  // Parsed, not cast: a row is data that crossed a boundary (a file other versions may have written).
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

export function createSessionsRepo(db: Database): SessionsRepo {
  const insert = db.prepare(`INSERT INTO sessions (sid, status, channel, channel_uid, channel_nick, session_source,
      service_id, bu_id, summary, agent, create_dto, top_session_id, opened_at, last_activity_at, origin)
    VALUES (@sid, 'open', @channel, @channel_uid, @channel_nick, @session_source, @service_id, @bu_id, @summary,
      @agent, @create_dto, @top_session_id, @at, @at, @origin)`);
  const get = db.prepare<[string], SessionRow>(`SELECT ${COLUMNS} FROM sessions WHERE sid = ?`);
  const listInbox = createInboxList(db, toSessionView);
  const writeTerms = searchTermsWriter(db);
  // The session and its search terms in one transaction: a session is findable from the moment it exists.
  const insertWithTerms = db.transaction((row: Record<string, string | number | null>, searchable: SearchableSession) => {
    insert.run(row);
    writeTerms(searchable);
  });
  const close = db.prepare(`UPDATE sessions SET status = 'closed', closed_at = @at, close_reason = @reason,
      closed_by = @closedBy, close_note = @note, last_activity_at = @at WHERE sid = @sid AND status = 'open'`);
  const unknown = db.prepare<[number, string], SessionRow>(
    `UPDATE sessions SET unknown_to_platform_at = COALESCE(unknown_to_platform_at, ?) WHERE sid = ? RETURNING ${COLUMNS}`,
  );
  const setGroup = db.prepare<[string, number, string], SessionRow>(
    `UPDATE sessions SET group_json = ?, last_activity_at = ? WHERE sid = ? RETURNING ${COLUMNS}`,
  );

  return {
    ...createInboxOps(db, toSessionView),
    async insert({ dto, agent, topSessionId, at, origin = "agent" }: NewSession) {
      const { source, target } = dto;
      insertWithTerms({
        sid: source.sid,
        channel: source.channel,
        channel_uid: source.channel_uid,
        channel_nick: source.channel_nick ?? null,
        session_source: source.session_source,
        service_id: target.service_id,
        bu_id: target.bu_id,
        summary: source.summary ?? null,
        agent: agent ?? "",
        origin,
        create_dto: JSON.stringify(dto),
        top_session_id: topSessionId ?? null,
        at,
      }, source);
      const row = get.get(source.sid);
      if (!row) throw new Error("session vanished after insert");
      return toSessionView(row);
    },
    async get(sid) {
      const row = get.get(sid);
      return row ? toSessionView(row) : undefined;
    },
    async list(page: PageRequest, filter: InboxFilter = {}): Promise<Page<SessionView>> {
      return listInbox(page, filter);
    },
    async markClosed(sid: string, { reason, closedBy, at, note }: { reason: CloseReason; closedBy: string; at: number; note?: string | undefined }) {
      close.run({ sid, reason, closedBy, at, note: note ?? null });
      const row = get.get(sid);
      return row ? toSessionView(row) : undefined;
    },
    async markUnknownToPlatform(sid: string, at: number) {
      const row = unknown.get(at, sid);
      return row ? toSessionView(row) : undefined;
    },
    async setGroup(sid, group) {
      const row = setGroup.get(JSON.stringify(group), group.created_at, sid);
      return row ? toSessionView(row) : undefined;
    },
    async listOpen(filter: OpenSessionFilter, { limit, cursor }: PageRequest, sort: BoardSort = defaultBoardSort) {
      const { sql, params } = openSessionsWhere(filter);
      const after = afterCursor(db, sort, cursor);
      // Filters and orders vary, so the statement is prepared per call (microseconds next to the query).
      const rows = db
        .prepare<Record<string, string | number>, SessionRow>(
          `SELECT ${COLUMNS} FROM sessions WHERE ${sql} ${after ? `AND ${after.sql}` : ""} ORDER BY ${orderBy(orderTerms(sort))} LIMIT @limit`,
        )
        .all({ ...params, ...after?.params, limit: limit + 1 });
      const items = rows.slice(0, limit).map(toSessionView);
      const last = items.at(-1);
      return { items, nextCursor: rows.length > limit && last ? encodeOrderCursor(sort, last.sid) : undefined };
    },
    async countOpen(filter: OpenSessionFilter) {
      const { sql, params } = openSessionsWhere(filter);
      return db.prepare<Record<string, string | number>, { n: number }>(`SELECT COUNT(*) AS n FROM sessions WHERE ${sql}`).get(params)?.n ?? 0;
    },
    async openSids(filter: OpenSessionFilter) {
      const { sql, params } = openSessionsWhere(filter);
      return db
        .prepare<Record<string, string | number>, { sid: string }>(`SELECT sid FROM sessions WHERE ${sql} ORDER BY last_activity_at ASC`)
        .all(params)
        .map((r) => r.sid);
    },
  };
}
