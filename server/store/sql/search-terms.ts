import type { Kysely } from "kysely";
import { sessionSearchMax } from "../../../contract/api.ts";
import type { Database } from "./database.ts";

// Finding a session by what an agent has at hand: the customer's nickname, their channel user id or
// the session id. A B-tree cannot answer "contains" (LIKE '%x%' reads every row), so each session
// gets search terms in a plain table, and every search is one index range `term >= q AND term < q+∞`:
// - the nickname: every suffix (so any part of it is a prefix of one: "小明" finds "王小明");
// - the channel user id and the session id: the whole id, found by its start. Ids are pasted or read
//   from the front; matching inside them would turn "12" into a flood of unrelated numeric ids.
// Terms are folded (NFKC, lower case) here in JavaScript, not with SQL's lower() (ASCII-only in
// SQLite, locale-dependent in PostgreSQL), so "ＡＢＣ", "abc" and "ABC" are one on both engines. The
// term column is "C"-collated on PostgreSQL (migration 10), so the range compares code points as
// SQLite's BINARY does.

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

/** Writes a session's terms (in the caller's transaction, so a session is findable from the moment it exists). */
export async function writeSearchTerms(db: Kysely<Database>, session: SearchableSession): Promise<void> {
  const terms = searchTermsOf(session);
  if (terms.length === 0) return;
  await db
    .insertInto("session_search_terms")
    .values(terms.map((term) => ({ term, sid: session.sid })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Terms for sessions stored before search existed (migration 10), or written around the repo (benchmarks). */
export async function backfillSearchTerms(db: Kysely<Database>): Promise<number> {
  let count = 0;
  // Paged by sid, so a large store is never read into memory at once.
  for (let after = ""; ; ) {
    const rows = await db.selectFrom("sessions").select(["sid", "channel_uid", "channel_nick"]).where("sid", ">", after).orderBy("sid").limit(1000).execute();
    const last = rows.at(-1);
    if (!last) return count;
    for (const row of rows) await writeSearchTerms(db, row);
    count += rows.length;
    after = last.sid;
  }
}
