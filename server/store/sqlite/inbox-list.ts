import type { Database } from "better-sqlite3";
import type { SessionView } from "../../../contract/api.ts";
import type { InboxFilter, Page, PageRequest } from "../store.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import { foldForSearch, rangeEnd } from "./search-terms.ts";
import { COLUMNS, type SessionRow } from "./sessions-repo.ts";

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

type Params = Record<string, string | number>;
type Mode = "none" | "rare" | "common";

interface Shape {
  owners: number;
  channel: boolean;
  search: Mode;
  after: boolean;
}

const SPARSE_LIMIT = 1000;
const termRange = "term >= @term AND term < @termEnd";

function sql({ owners, channel, search, after }: Shape): string {
  const where = [
    "status = @status",
    owners > 0 ? `agent IN (${Array.from({ length: owners }, (_, i) => `@a${i}`).join(", ")})` : "",
    channel ? "channel = @channel" : "",
    search === "common" ? `EXISTS (SELECT 1 FROM session_search_terms t WHERE t.sid = sessions.sid AND ${termRange})` : "",
    after ? "(last_activity_at, sid) < (@at, @sid)" : "",
  ].filter(Boolean);
  // CROSS JOIN keeps SQLite from scanning sessions and probing the matches: it reads the matches first.
  const from =
    search === "rare" ? `(SELECT DISTINCT sid AS match_sid FROM session_search_terms WHERE ${termRange}) AS matches CROSS JOIN sessions ON sessions.sid = matches.match_sid` : "sessions";
  return `SELECT ${COLUMNS} FROM ${from} WHERE ${where.join(" AND ")} ORDER BY last_activity_at DESC, sid DESC LIMIT @limit`;
}

export function createInboxList(db: Database, toView: (row: SessionRow) => SessionView) {
  const cache = new Map<string, ReturnType<typeof db.prepare<Params, SessionRow>>>();
  const statement = (shape: Shape) => {
    const key = JSON.stringify(shape);
    let prepared = cache.get(key);
    if (!prepared) {
      prepared = db.prepare<Params, SessionRow>(sql(shape));
      cache.set(key, prepared);
    }
    return prepared;
  };
  // A row at offset SPARSE_LIMIT - 1 exists only for a common term: bounded, whatever the term.
  const commonTerm = db.prepare<Params, { sid: string }>(
    `SELECT sid FROM session_search_terms WHERE ${termRange} ORDER BY term LIMIT 1 OFFSET ${SPARSE_LIMIT - 1}`,
  );

  return (page: PageRequest, filter: InboxFilter): Page<SessionView> => {
    const owners = filter.agents ?? [];
    const term = foldForSearch(filter.search ?? "");
    const params: Params = {};
    owners.forEach((agent, i) => (params[`a${i}`] = agent));
    if (filter.channel) params.channel = filter.channel;
    let search: Mode = "none";
    if (term) {
      Object.assign(params, { term, termEnd: rangeEnd(term) });
      search = commonTerm.get(params) ? "common" : "rare";
    }
    const [rank, at, sid] = decodeCursor(page.cursor) ?? [];
    const resume = typeof rank === "number" && typeof at === "number" && typeof sid === "string" ? { rank, at, sid } : undefined;
    const parts = (filter.status ? [filter.status] : (["open", "closed"] as const)).filter((status) => (status === "closed" ? 1 : 0) >= (resume?.rank ?? 0));

    const rows: SessionRow[] = [];
    for (const status of parts) {
      if (rows.length > page.limit) break;
      const after = resume !== undefined && resume.rank === (status === "closed" ? 1 : 0);
      const shape = { owners: owners.length, channel: !!filter.channel, search, after };
      rows.push(...statement(shape).all({ ...params, status, limit: page.limit + 1 - rows.length, ...(after ? { at: resume.at, sid: resume.sid } : {}) }));
    }
    const items = rows.slice(0, page.limit).map(toView);
    const last = items.at(-1);
    return {
      items,
      nextCursor:
        rows.length > page.limit && last ? encodeCursor([last.status === "closed" ? 1 : 0, last.last_activity_at, last.sid]) : undefined,
    };
  };
}
