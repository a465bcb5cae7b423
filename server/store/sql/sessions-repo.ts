import { sql } from "kysely";
import { type BoardSort, defaultBoardSort } from "../../../contract/board.ts";
import type { NewSession, SessionsRepo } from "../store.ts";
import type { Db, Engine } from "./database.ts";
import { createInboxList } from "./inbox-list.ts";
import { createInboxOps } from "./inbox-repo.ts";
import { afterCursor, encodeOrderCursor, orderBy, orderTerms } from "./open-sessions-order.ts";
import { openSessionsWhere } from "./open-sessions-query.ts";
import { writeSearchTerms } from "./search-terms.ts";
import { sessionColumns, type SessionRow, toSessionView } from "./session-row.ts";

// Sessions: created, read, listed as an inbox (./inbox-list.ts) or on the supervisor board (open
// sessions in the board's order), closed, flagged and grouped.

export function createSessionsRepo(db: Db, engine: Engine): SessionsRepo {
  const columns = sql.raw(sessionColumns(engine));
  const get = async (sid: string) => {
    const { rows } = await sql<SessionRow>`SELECT ${columns} FROM sessions WHERE sid = ${sid}`.execute(db);
    return rows[0] ? toSessionView(rows[0]) : undefined;
  };
  const listInbox = createInboxList(db, engine);

  return {
    ...createInboxOps(db, engine),
    async insert({ dto, agent, topSessionId, at, origin = "agent" }: NewSession) {
      const { source, target } = dto;
      // The session and its search terms in one transaction: a session is findable from the moment it exists.
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto("sessions")
          .values({
            sid: source.sid,
            status: "open",
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
            opened_at: at,
            last_activity_at: at,
          })
          .execute();
        await writeSearchTerms(trx, source);
      });
      const session = await get(source.sid);
      if (!session) throw new Error("session vanished after insert");
      return session;
    },
    get,
    async list(page, filter = {}) {
      return listInbox(page, filter);
    },
    async markClosed(sid, { reason, closedBy, at, note }) {
      await db
        .updateTable("sessions")
        .set({ status: "closed", closed_at: at, close_reason: reason, closed_by: closedBy, close_note: note ?? null, last_activity_at: at })
        .where("sid", "=", sid)
        .where("status", "=", "open")
        .execute();
      return get(sid);
    },
    async markUnknownToPlatform(sid, at) {
      const { rows } = await sql<SessionRow>`UPDATE sessions SET unknown_to_platform_at = COALESCE(unknown_to_platform_at, ${at})
        WHERE sid = ${sid} RETURNING ${columns}`.execute(db);
      return rows[0] ? toSessionView(rows[0]) : undefined;
    },
    async setGroup(sid, group) {
      const { rows } = await sql<SessionRow>`UPDATE sessions SET group_json = ${JSON.stringify(group)}, last_activity_at = ${group.created_at}
        WHERE sid = ${sid} RETURNING ${columns}`.execute(db);
      return rows[0] ? toSessionView(rows[0]) : undefined;
    },
    async listOpen(filter, { limit, cursor }, sort: BoardSort = defaultBoardSort) {
      const after = await afterCursor(db, sort, cursor);
      const { rows } = await sql<SessionRow>`SELECT ${columns} FROM sessions WHERE ${openSessionsWhere(filter)} ${after ? sql`AND ${after}` : sql``}
        ORDER BY ${orderBy(orderTerms(sort))} LIMIT ${limit + 1}`.execute(db);
      const items = rows.slice(0, limit).map(toSessionView);
      const last = items.at(-1);
      return { items, nextCursor: rows.length > limit && last ? encodeOrderCursor(sort, last.sid) : undefined };
    },
    async countOpen(filter) {
      const { rows } = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM sessions WHERE ${openSessionsWhere(filter)}`.execute(db);
      return Number(rows[0]?.n ?? 0);
    },
    async openSids(filter) {
      const { rows } = await sql<{ sid: string }>`SELECT sid FROM sessions WHERE ${openSessionsWhere(filter)} ORDER BY last_activity_at ASC`.execute(db);
      return rows.map((r) => r.sid);
    },
  };
}
