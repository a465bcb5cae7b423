import type { Database } from "better-sqlite3";
import type { SessionView } from "../../../contract/api.ts";
import type { InboxFilter, Page, PageRequest } from "../store.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import { COLUMNS, type SessionRow } from "./sessions-repo.ts";

// The session list as an inbox: open sessions before closed ones, then the most recent activity
// first, filtered by owner(s) and status. The cursor is the sort key of the last row: (closed?, at, sid).
// Statements are cached per filter shape, so the owner filter stays a plain `agent IN (…)` the index serves.

type Params = Record<string, string | number>;

export function createInboxList(db: Database, toView: (row: SessionRow) => SessionView) {
  const cache = new Map<string, ReturnType<typeof db.prepare<Params, SessionRow>>>();
  const statement = (owners: number, status: boolean, after: boolean) => {
    const key = `${owners}:${status}:${after}`;
    let prepared = cache.get(key);
    if (!prepared) {
      const where = [
        owners > 0 ? `agent IN (${Array.from({ length: owners }, (_, i) => `@a${i}`).join(", ")})` : "",
        status ? "status = @status" : "",
        after ? "((status = 'closed') > @rank OR ((status = 'closed') = @rank AND (last_activity_at, sid) < (@at, @sid)))" : "",
      ].filter(Boolean);
      prepared = db.prepare<Params, SessionRow>(
        `SELECT ${COLUMNS} FROM sessions ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
         ORDER BY (status = 'closed') ASC, last_activity_at DESC, sid DESC LIMIT @limit`,
      );
      cache.set(key, prepared);
    }
    return prepared;
  };

  return (page: PageRequest, filter: InboxFilter): Page<SessionView> => {
    const owners = filter.agents ?? [];
    const [rank, at, sid] = decodeCursor(page.cursor) ?? [];
    const after = typeof rank === "number" && typeof at === "number" && typeof sid === "string";
    const params: Params = { limit: page.limit + 1 };
    owners.forEach((agent, i) => (params[`a${i}`] = agent));
    if (filter.status) params.status = filter.status;
    if (after) Object.assign(params, { rank, at, sid });
    const rows = statement(owners.length, filter.status !== undefined, after).all(params);
    const items = rows.slice(0, page.limit).map(toView);
    const last = items.at(-1);
    return {
      items,
      nextCursor:
        rows.length > page.limit && last ? encodeCursor([last.status === "closed" ? 1 : 0, last.last_activity_at, last.sid]) : undefined,
    };
  };
}
