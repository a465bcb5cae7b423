// What the server folds a quick reply's text to before storing it, lower-cased here in JS: SQLite's
// LOWER knows only ASCII (Ｗ, É, Ж) and PostgreSQL's depends on the database's locale, so neither engine
// folds case itself. Shared by the repo and the migration that backfilled them.

/** What `q` is matched against: the title and both texts. */
export const searchText = (reply: { title: string; text_zh: string; text_en: string }) =>
  [reply.title, reply.text_zh, reply.text_en].join("\n").toLowerCase();

/** The title as the unique index compares it: two titles differing only in case are the same reply. */
export const titleKey = (title: string) => title.toLowerCase();

/** The unique index on title_key (migration 20); PostgreSQL names it in a violation. */
export const quickReplyTitleKeyIndex = "quick_replies_title_key_unique";
