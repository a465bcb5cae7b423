import { sql } from "kysely";
import { type QuickReplyView, quickReplyViewSchema } from "../../../contract/quick-replies.ts";
import type { AuditEntry, DuplicateTitle, QuickRepliesRepo } from "../store.ts";
import { type AuditWriter, writeAudit } from "./audit-repo.ts";
import type { Db } from "./database.ts";
import { quickReplyTitleKeyIndex, searchText, titleKey } from "./quick-reply-keys.ts";

const columns = ["id", "title", "text_zh", "text_en", "updated_at", "updated_by"] as const;

/** The columns the server derives from a reply: what `q` is matched against and what keeps titles unique. */
const derived = (reply: { title: string; text_zh: string; text_en: string }) => ({ search_text: searchText(reply), title_key: titleKey(reply.title) });

/**
 * Whether an insert or update was refused by the unique index on title_key: better-sqlite3 names the
 * column in its message, pg names the index. Any other failure (a taken id, say) is not a duplicate title.
 */
function isDuplicateTitle(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("code" in error)) return false;
  if (error.code === "SQLITE_CONSTRAINT_UNIQUE") return error instanceof Error && error.message.includes("quick_replies.title_key");
  return error.code === "23505" && "constraint" in error && error.constraint === quickReplyTitleKeyIndex;
}

/** The write's own answer, or "duplicate_title" when the unique index refused it (the transaction rolled back). */
async function refusingDuplicateTitle<T>(write: () => Promise<T>): Promise<T | DuplicateTitle> {
  try {
    return await write();
  } catch (error) {
    if (isDuplicateTitle(error)) return "duplicate_title";
    throw error;
  }
}

/** `q` as a LIKE pattern that matches it literally (a `%` or `_` typed is not a wildcard). */
const containsPattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

type Audit = (reply: QuickReplyView) => AuditEntry;

export function createQuickRepliesRepo(db: Db, write: AuditWriter = writeAudit): QuickRepliesRepo {
  const byId = (conn: Db, id: string) => conn.selectFrom("quick_replies").select(columns).where("id", "=", id).executeTakeFirst();
  /** The reply as written, with its audit entry written beside it in the same transaction. */
  const audited = async (trx: Db, row: QuickReplyView, audit: Audit) => {
    const view = quickReplyViewSchema.parse(row);
    await write(trx, audit(view));
    return view;
  };

  return {
    async list({ q, limit }) {
      let select = db.selectFrom("quick_replies").select(columns);
      // ESCAPE spelled out: SQLite's LIKE has no default escape character.
      if (q) select = select.where(sql<boolean>`search_text like ${containsPattern(q)} escape '\\'`);
      const rows = await select.orderBy("title").orderBy("id").limit(limit).execute();
      return rows.map((row) => quickReplyViewSchema.parse(row));
    },
    async get(id) {
      const row = await byId(db, id);
      return row ? quickReplyViewSchema.parse(row) : undefined;
    },
    async count() {
      const row = await db.selectFrom("quick_replies").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async create(id, reply, { at, by, audit }) {
      const row = { id, title: reply.title, text_zh: reply.text_zh, text_en: reply.text_en, updated_at: at, updated_by: by };
      return refusingDuplicateTitle(() =>
        db.transaction().execute(async (trx) => {
          await trx.insertInto("quick_replies").values({ ...row, ...derived(row) }).execute();
          return audited(trx, row, audit);
        }),
      );
    },
    async update(id, reply, { at, by, audit }) {
      const row = { id, title: reply.title, text_zh: reply.text_zh, text_en: reply.text_en, updated_at: at, updated_by: by };
      return refusingDuplicateTitle(() =>
        db.transaction().execute(async (trx) => {
          const result = await trx
            .updateTable("quick_replies")
            .set({ title: row.title, text_zh: row.text_zh, text_en: row.text_en, ...derived(row), updated_at: at, updated_by: by })
            .where("id", "=", id)
            .executeTakeFirst();
          if (result.numUpdatedRows === 0n) return undefined;
          return audited(trx, row, audit);
        }),
      );
    },
    async delete(id, { audit }) {
      return db.transaction().execute(async (trx) => {
        // RETURNING, not a read then a delete: of two deletes at once, only the one that removed the row audits it.
        const row = await trx.deleteFrom("quick_replies").where("id", "=", id).returning(columns).executeTakeFirst();
        return row ? audited(trx, row, audit) : undefined;
      });
    },
  };
}
