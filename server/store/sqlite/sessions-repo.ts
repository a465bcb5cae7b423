import type { Database } from "better-sqlite3";
import { type GroupView, groupViewSchema, type SessionView, sessionViewSchema } from "../../../contract/api.ts";
import type { CloseReason } from "../../../contract/top-dtos.ts";
import type { NewSession, OpenSessionFilter, Page, PageRequest, SessionsRepo } from "../store.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import { openSessionsWhere } from "./open-sessions-query.ts";

interface SessionRow {
  sid: string;
  status: string;
  channel: string;
  channel_uid: string;
  channel_nick: string | null;
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
}

const COLUMNS = `sid, status, channel, channel_uid, channel_nick, session_source, service_id, bu_id, summary, agent,
  top_session_id, opened_at, last_activity_at, closed_at, close_reason, closed_by, group_json, unknown_to_platform_at, close_note`;

export function toSessionView(row: SessionRow): SessionView {
  const group: GroupView | undefined = row.group_json ? groupViewSchema.parse(JSON.parse(row.group_json)) : undefined;
  // Parsed, not cast: a row is data that crossed a boundary (a file other versions may have written).
  return sessionViewSchema.parse({
    sid: row.sid,
    status: row.status,
    channel: row.channel,
    channel_uid: row.channel_uid,
    channel_nick: row.channel_nick ?? undefined,
    session_source: row.session_source,
    service_id: row.service_id,
    bu_id: row.bu_id,
    summary: row.summary ?? undefined,
    agent: row.agent,
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
      service_id, bu_id, summary, agent, create_dto, top_session_id, opened_at, last_activity_at)
    VALUES (@sid, 'open', @channel, @channel_uid, @channel_nick, @session_source, @service_id, @bu_id, @summary,
      @agent, @create_dto, @top_session_id, @at, @at)`);
  const get = db.prepare<[string], SessionRow>(`SELECT ${COLUMNS} FROM sessions WHERE sid = ?`);
  // One statement per shape: `(@agent IS NULL OR agent = @agent)` would keep SQLite off the agent index.
  type ListParams = { agent?: string; at?: number; sid?: string; limit: number };
  const listQuery = (where: string) =>
    db.prepare<ListParams, SessionRow>(
      `SELECT ${COLUMNS} FROM sessions ${where} ORDER BY last_activity_at DESC, sid DESC LIMIT @limit`,
    );
  const pages = {
    all: { first: listQuery(""), next: listQuery("WHERE (last_activity_at, sid) < (@at, @sid)") },
    agent: {
      first: listQuery("WHERE agent = @agent"),
      next: listQuery("WHERE agent = @agent AND (last_activity_at, sid) < (@at, @sid)"),
    },
  };
  const close = db.prepare(`UPDATE sessions SET status = 'closed', closed_at = @at, close_reason = @reason,
      closed_by = @closedBy, close_note = @note, last_activity_at = @at WHERE sid = @sid AND status = 'open'`);
  const unknown = db.prepare<[number, string], SessionRow>(
    `UPDATE sessions SET unknown_to_platform_at = COALESCE(unknown_to_platform_at, ?) WHERE sid = ? RETURNING ${COLUMNS}`,
  );
  const setGroup = db.prepare<[string, number, string], SessionRow>(
    `UPDATE sessions SET group_json = ?, last_activity_at = ? WHERE sid = ? RETURNING ${COLUMNS}`,
  );

  return {
    async insert({ dto, agent, topSessionId, at }: NewSession) {
      const { source, target } = dto;
      insert.run({
        sid: source.sid,
        channel: source.channel,
        channel_uid: source.channel_uid,
        channel_nick: source.channel_nick ?? null,
        session_source: source.session_source,
        service_id: target.service_id,
        bu_id: target.bu_id,
        summary: source.summary ?? null,
        agent,
        create_dto: JSON.stringify(dto),
        top_session_id: topSessionId ?? null,
        at,
      });
      const row = get.get(source.sid);
      if (!row) throw new Error("session vanished after insert");
      return toSessionView(row);
    },
    async get(sid) {
      const row = get.get(sid);
      return row ? toSessionView(row) : undefined;
    },
    async list({ limit, cursor }: PageRequest, filter: { agent?: string | undefined } = {}): Promise<Page<SessionView>> {
      const [at, sid] = decodeCursor(cursor) ?? [];
      const queries = filter.agent === undefined ? pages.all : pages.agent;
      const agent = filter.agent === undefined ? {} : { agent: filter.agent };
      const rows =
        typeof at === "number" && typeof sid === "string"
          ? queries.next.all({ ...agent, at, sid, limit: limit + 1 })
          : queries.first.all({ ...agent, limit: limit + 1 });
      return pageOf(rows, limit);
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
    async listOpen(filter: OpenSessionFilter, { limit, cursor }: PageRequest) {
      const { sql, params } = openSessionsWhere(filter);
      const [at, sid] = decodeCursor(cursor) ?? [];
      const after = typeof at === "number" && typeof sid === "string";
      // Longest idle first: ascending last activity. Filters vary, so the statement is prepared per
      // call (SQLite caches nothing here, but preparing is microseconds next to the query).
      const rows = db
        .prepare<Record<string, string | number>, SessionRow>(
          `SELECT ${COLUMNS} FROM sessions WHERE ${sql} ${after ? "AND (last_activity_at, sid) > (@afterAt, @afterSid)" : ""}
           ORDER BY last_activity_at ASC, sid ASC LIMIT @limit`,
        )
        .all({ ...params, ...(after ? { afterAt: at, afterSid: sid } : {}), limit: limit + 1 });
      const items = rows.slice(0, limit).map(toSessionView);
      const last = items.at(-1);
      return {
        items,
        nextCursor: rows.length > limit && last ? encodeCursor([last.last_activity_at, last.sid]) : undefined,
      };
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

function pageOf(rows: SessionRow[], limit: number): Page<SessionView> {
  const items = rows.slice(0, limit).map(toSessionView);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor([last.last_activity_at, last.sid]) : undefined,
  };
}
