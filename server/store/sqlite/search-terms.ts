import type { Database } from "better-sqlite3";
import { sessionSearchMax } from "../../../contract/api.ts";

// Finding a session by what an agent has at hand: the customer's nickname, their channel user id or
// the session id. A B-tree cannot answer "contains" (LIKE '%x%' reads every row), so each session
// gets search terms in a plain table, and every search is one index range `term >= q AND term < q+∞`:
// - the nickname: every suffix (so any part of it is a prefix of one: "小明" finds "王小明");
// - the channel user id and the session id: the whole id, found by its start. Ids are pasted or read
//   from the front; matching inside them would turn "12" into a flood of unrelated numeric ids.
// Terms are folded (NFKC, lower case) here in JavaScript, not with SQL's lower() (ASCII-only in
// SQLite), so "ＡＢＣ", "abc" and "ABC" are one. Plain columns and a plain index: PostgreSQL serves the
// same range with a "C"-collated index.

/** How much of a field is indexed: as much as the longest search the contract accepts. */
const SEARCH_MAX = sessionSearchMax;

export function foldForSearch(text: string): string {
  return text.normalize("NFKC").toLowerCase().trim();
}

/** The upper end of the range of terms starting with `prefix` (U+10FFFF sorts after any character). */
export function rangeEnd(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}

export interface SearchableSession {
  sid: string;
  channel_uid: string;
  channel_nick?: string | null | undefined;
}

export function searchTermsOf({ sid, channel_uid, channel_nick }: SearchableSession): string[] {
  const terms = new Set([foldForSearch(sid), foldForSearch(channel_uid)].map((id) => Array.from(id).slice(0, SEARCH_MAX).join("")));
  // Code points, not UTF-16 units: a suffix never starts inside an emoji's surrogate pair.
  const nick = Array.from(foldForSearch(channel_nick ?? "")).slice(0, SEARCH_MAX);
  for (let i = 0; i < nick.length; i++) {
    if (nick[i]?.trim()) terms.add(nick.slice(i).join(""));
  }
  terms.delete("");
  return [...terms];
}

export function searchTermsWriter(db: Database): (session: SearchableSession) => void {
  const insert = db.prepare(`INSERT INTO session_search_terms (term, sid) VALUES (?, ?) ON CONFLICT DO NOTHING`);
  return (session) => {
    for (const term of searchTermsOf(session)) insert.run(term, session.sid);
  };
}

/** Terms for sessions stored before search existed (migration), or written around the repo (benchmarks). */
export function backfillSearchTerms(db: Database): number {
  const page = db.prepare<[string], SearchableSession>(
    `SELECT sid, channel_uid, channel_nick FROM sessions WHERE sid > ? ORDER BY sid LIMIT 1000`,
  );
  const write = searchTermsWriter(db);
  let count = 0;
  // Paged, because better-sqlite3 cannot write while a SELECT on the same connection is iterating.
  for (let rows = page.all(""); rows.length > 0; rows = page.all(rows.at(-1)?.sid ?? "")) {
    for (const row of rows) write(row);
    count += rows.length;
  }
  return count;
}
