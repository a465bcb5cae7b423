import type { Database } from "better-sqlite3";
import { type QuickReplyView, quickReplyViewSchema } from "../../../contract/quick-replies.ts";
import type { AuditEntry, QuickRepliesRepo } from "../store.ts";

interface QuickReplyRow {
  id: string;
  title: string;
  text_zh: string;
  text_en: string;
  updated_at: number;
  updated_by: string;
}

const toView = (row: QuickReplyRow): QuickReplyView => quickReplyViewSchema.parse(row);

/** What `q` is matched against: lower-cased here because SQLite's LOWER knows only ASCII (Ｗ, É, Ж). */
const searchText = (reply: { title: string; text_zh: string; text_en: string }) =>
  [reply.title, reply.text_zh, reply.text_en].join("\n").toLowerCase();

/** `q` as a LIKE pattern that matches it literally (a `%` or `_` typed is not a wildcard). */
const containsPattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function createQuickRepliesRepo(db: Database, writeAudit: (entry: AuditEntry) => void): QuickRepliesRepo {
  const columns = `id, title, text_zh, text_en, updated_at, updated_by`;
  const byId = db.prepare<[string], QuickReplyRow>(`SELECT ${columns} FROM quick_replies WHERE id = ?`);
  const all = db.prepare<[number], QuickReplyRow>(`SELECT ${columns} FROM quick_replies ORDER BY title, id LIMIT ?`);
  const matching = db.prepare<[string, number], QuickReplyRow>(
    `SELECT ${columns} FROM quick_replies WHERE search_text LIKE ? ESCAPE '\\' ORDER BY title, id LIMIT ?`,
  );
  const count = db.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM quick_replies`);
  const insert = db.prepare(`INSERT INTO quick_replies (id, title, text_zh, text_en, search_text, updated_at, updated_by)
    VALUES (@id, @title, @text_zh, @text_en, @search_text, @updated_at, @updated_by)`);
  const update = db.prepare(`UPDATE quick_replies SET title = @title, text_zh = @text_zh, text_en = @text_en,
    search_text = @search_text, updated_at = @updated_at, updated_by = @updated_by WHERE id = @id`);
  const remove = db.prepare<[string]>(`DELETE FROM quick_replies WHERE id = ?`);

  type Audit = (reply: QuickReplyView) => AuditEntry;
  /** The reply as written, with its audit entry written beside it (inside the caller's transaction). */
  const audited = (row: QuickReplyRow, audit: Audit) => {
    const view = toView(row);
    writeAudit(audit(view));
    return view;
  };
  const create = db.transaction((row: QuickReplyRow, audit: Audit) => {
    insert.run({ ...row, search_text: searchText(row) });
    return audited(row, audit);
  });
  const replace = db.transaction((row: QuickReplyRow, audit: Audit) => {
    if (update.run({ ...row, search_text: searchText(row) }).changes === 0) return undefined;
    return audited(row, audit);
  });
  const drop = db.transaction((id: string, audit: Audit) => {
    const row = byId.get(id);
    if (!row) return undefined;
    remove.run(id);
    return audited(row, audit);
  });

  return {
    async list({ q, limit }) {
      const rows = q ? matching.all(containsPattern(q), limit) : all.all(limit);
      return rows.map(toView);
    },
    async get(id) {
      const row = byId.get(id);
      return row ? toView(row) : undefined;
    },
    async count() {
      return count.get()?.n ?? 0;
    },
    async create(id, reply, { at, by, audit }) {
      return create({ id, ...reply, updated_at: at, updated_by: by }, audit);
    },
    async update(id, reply, { at, by, audit }) {
      return replace({ id, ...reply, updated_at: at, updated_by: by }, audit);
    },
    async delete(id, { audit }) {
      return drop(id, audit);
    },
  };
}
