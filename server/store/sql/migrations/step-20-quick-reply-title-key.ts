import type { Kysely } from "kysely";
import { quickReplyLimits } from "../../../../contract/quick-replies.ts";
import type { Database } from "../database.ts";
import { quickReplyTitleKeyIndex, searchText, titleKey } from "../quick-reply-keys.ts";
import { exec } from "./ddl.ts";
import type { MigrationStep } from "./step.ts";

// 20: quick-reply titles are unique ignoring case (two "Greeting" entries in the composer's `/` picker
// cannot be told apart). title_key is the title lower-cased by the server (../quick-reply-keys.ts says why).
// Replies saved before this step may already share a title; refusing to migrate would stop the console
// from starting, so the earliest (by updated_at, then id) keeps its title and each later one is renamed
// "Title (2)", "Title (3)", … — deterministic (the same rows always get the same names) and visible in
// the list, so a supervisor sees which to tidy. Supervisors keep a handful of replies: read all at once.

/** `title` with ` (n)` appended, its end cut (by whole characters) so the result fits a title's limit. */
function numberedTitle(title: string, n: number): string {
  const suffix = ` (${n})`;
  const chars = [...title];
  while (chars.join("").length + suffix.length > quickReplyLimits.title) chars.pop();
  return chars.join("").trimEnd() + suffix;
}

/** The first numbered title (from 2) whose key no reply has. */
function unusedTitle(title: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const candidate = numberedTitle(title, n);
    if (!taken.has(titleKey(candidate))) return candidate;
  }
}

/** Each reply's title_key, renaming the later of any replies whose titles differ only in case. */
async function backfillTitleKeys(db: Kysely<Database>): Promise<void> {
  const rows = await db.selectFrom("quick_replies").select(["id", "title", "text_zh", "text_en"]).orderBy("updated_at").orderBy("id").execute();
  // Every title as it stands is taken, so a rename never lands on a title a later reply already has.
  const taken = new Set(rows.map((row) => titleKey(row.title)));
  const kept = new Set<string>();
  for (const row of rows) {
    const key = titleKey(row.title);
    if (!kept.has(key)) {
      kept.add(key);
      await db.updateTable("quick_replies").set({ title_key: key }).where("id", "=", row.id).execute();
      continue;
    }
    const title = unusedTitle(row.title, taken);
    taken.add(titleKey(title));
    await db.updateTable("quick_replies").set({ title, title_key: titleKey(title), search_text: searchText({ ...row, title }) }).where("id", "=", row.id).execute();
  }
}

export const stepTwenty: MigrationStep = async (db, engine) => {
  await exec(db, engine, `ALTER TABLE quick_replies ADD COLUMN title_key TEXT NOT NULL DEFAULT ''`);
  await backfillTitleKeys(db);
  await exec(db, engine, `CREATE UNIQUE INDEX ${quickReplyTitleKeyIndex} ON quick_replies (title_key)`);
};
