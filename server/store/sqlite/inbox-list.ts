import type { Database } from "better-sqlite3";
import type { SessionView } from "../../../contract/api.ts";
import type { InboxFilter, Page, PageRequest } from "../store.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import { foldForSearch, rangeEnd } from "./search-terms.ts";
import { COLUMNS, type SessionRow } from "./sessions-repo.ts";

// The session list as an inbox: open sessions before closed ones, then the most recent activity
// first, filtered by owner(s), status, channel and a search. The cursor is the sort key of the last
// row: (closed?, at, sid). Statements are cached per filter shape, so the owner filter stays a plain
// `agent IN (…)` the index serves.
//
// A search reads its candidates from the terms index (one range, see search-terms.ts) and sorts only
// those; without it the inbox index is read in order. The terms are a subquery, not a join, so a
// session matched by several of its terms ("明" in "明明") is listed once.

type Params = Record<string, string | number>;

interface Shape {
  owners: number;
  status: boolean;
  channel: boolean;
  search: boolean;
  after: boolean;
}

function sql({ owners, status, channel, search, after }: Shape): string {
  const where = [
    search ? "sid IN (SELECT sid FROM session_search_terms WHERE term >= @term AND term < @termEnd)" : "",
    owners > 0 ? `agent IN (${Array.from({ length: owners }, (_, i) => `@a${i}`).join(", ")})` : "",
    status ? "status = @status" : "",
    channel ? "channel = @channel" : "",
    after ? "((status = 'closed') > @rank OR ((status = 'closed') = @rank AND (last_activity_at, sid) < (@at, @sid)))" : "",
  ].filter(Boolean);
  return `SELECT ${COLUMNS} FROM sessions ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
    ORDER BY (status = 'closed') ASC, last_activity_at DESC, sid DESC LIMIT @limit`;
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

  return (page: PageRequest, filter: InboxFilter): Page<SessionView> => {
    const owners = filter.agents ?? [];
    const term = foldForSearch(filter.search ?? "");
    const [rank, at, sid] = decodeCursor(page.cursor) ?? [];
    const after = typeof rank === "number" && typeof at === "number" && typeof sid === "string";
    const params: Params = { limit: page.limit + 1 };
    owners.forEach((agent, i) => (params[`a${i}`] = agent));
    if (filter.status) params.status = filter.status;
    if (filter.channel) params.channel = filter.channel;
    if (term) Object.assign(params, { term, termEnd: rangeEnd(term) });
    if (after) Object.assign(params, { rank, at, sid });
    const shape = { owners: owners.length, status: !!filter.status, channel: !!filter.channel, search: !!term, after };
    const rows = statement(shape).all(params);
    const items = rows.slice(0, page.limit).map(toView);
    const last = items.at(-1);
    return {
      items,
      nextCursor:
        rows.length > page.limit && last ? encodeCursor([last.status === "closed" ? 1 : 0, last.last_activity_at, last.sid]) : undefined,
    };
  };
}
