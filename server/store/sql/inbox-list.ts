import { type RawBuilder, sql } from "kysely";
import type { SessionView } from "../../../contract/api.ts";
import type { InboxFilter, Page, PageRequest } from "../store.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import type { Db, Engine } from "./database.ts";
import { foldForSearch, rangeEnd } from "./search-terms.ts";
import { sessionColumns, type SessionRow, toSessionView } from "./session-row.ts";

// The session list as an inbox: open sessions before closed ones, then the most recent activity
// first, filtered by owner(s), status, channel and a search. The cursor is the sort key of the last
// row: (closed?, at, sid).
//
// Open and closed are read as two parts, each `status = ?` in (last_activity_at, sid) order, which
// the status and inbox indexes serve as they are: one ORDER BY (status = 'closed') would sort every
// row of the table before the first page (a full scan at 100k sessions).
//
// A search is planned by how common its term is (a bounded count of the terms index):
// - rare: its sessions are read from the terms index and only those are sorted;
// - common (SPARSE_LIMIT or more): the part is read in index order and each session is checked for
//   the term (terms by sid), so the page fills after a few hundred rows instead of sorting 100k.

const SPARSE_LIMIT = 1000;

interface Part {
  status: "open" | "closed";
  agents: readonly string[];
  channel: string | undefined;
  search: { term: string; common: boolean } | undefined;
  after: { at: number; sid: string } | undefined;
  limit: number;
}

function partQuery(engine: Engine, { status, agents, channel, search, after, limit }: Part): RawBuilder<SessionRow> {
  const range = search && sql`term >= ${search.term} AND term < ${rangeEnd(search.term)}`;
  const where = [
    sql`status = ${status}`,
    agents.length > 0 ? sql`agent IN (${sql.join(agents)})` : undefined,
    channel !== undefined ? sql`channel = ${channel}` : undefined,
    search?.common ? sql`EXISTS (SELECT 1 FROM session_search_terms t WHERE t.sid = sessions.sid AND ${range})` : undefined,
    after ? sql`(last_activity_at, sid) < (${after.at}, ${after.sid})` : undefined,
  ].filter((c) => c !== undefined);
  // SQLite's CROSS JOIN keeps it from scanning sessions and probing the matches: it reads the matches
  // first. PostgreSQL plans the join itself (and allows no ON after CROSS JOIN).
  const join = sql.raw(engine === "sqlite" ? "CROSS JOIN" : "JOIN");
  const from =
    search && !search.common
      ? sql`(SELECT DISTINCT sid AS match_sid FROM session_search_terms WHERE ${range}) AS matches ${join} sessions ON sessions.sid = matches.match_sid`
      : sql`sessions`;
  return sql<SessionRow>`SELECT ${sql.raw(sessionColumns(engine))} FROM ${from} WHERE ${sql.join(where, sql` AND `)}
    ORDER BY last_activity_at DESC, sid DESC LIMIT ${limit}`;
}

export function createInboxList(db: Db, engine: Engine) {
  // A row at offset SPARSE_LIMIT - 1 exists only for a common term: bounded, whatever the term.
  const isCommon = async (term: string) => {
    const { rows } = await sql`SELECT sid FROM session_search_terms WHERE term >= ${term} AND term < ${rangeEnd(term)}
      ORDER BY term LIMIT 1 OFFSET ${SPARSE_LIMIT - 1}`.execute(db);
    return rows.length > 0;
  };

  return async (page: PageRequest, filter: InboxFilter): Promise<Page<SessionView>> => {
    const term = foldForSearch(filter.search ?? "");
    const search = term ? { term, common: await isCommon(term) } : undefined;
    const [rank, at, sid] = decodeCursor(page.cursor) ?? [];
    const resume = typeof rank === "number" && typeof at === "number" && typeof sid === "string" ? { rank, at, sid } : undefined;
    const parts = (filter.status ? [filter.status] : (["open", "closed"] as const)).filter((status) => (status === "closed" ? 1 : 0) >= (resume?.rank ?? 0));

    const rows: SessionRow[] = [];
    for (const status of parts) {
      if (rows.length > page.limit) break;
      const after = resume !== undefined && resume.rank === (status === "closed" ? 1 : 0) ? resume : undefined;
      const part = { status, agents: filter.agents ?? [], channel: filter.channel, search, after, limit: page.limit + 1 - rows.length };
      rows.push(...(await partQuery(engine, part).execute(db)).rows);
    }
    const items = rows.slice(0, page.limit).map(toSessionView);
    const last = items.at(-1);
    return {
      items,
      nextCursor:
        rows.length > page.limit && last ? encodeCursor([last.status === "closed" ? 1 : 0, last.last_activity_at, last.sid]) : undefined,
    };
  };
}
