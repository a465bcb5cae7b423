import type { Kysely } from "kysely";
import { decodeContent } from "../../../messages/dingtalk-content.ts";
import type { Database } from "../database.ts";

/** Migration 5: each stored message's typed payload, decoded from its DingTalk content (paged by seq). */
export async function backfillPayloads(db: Kysely<Database>): Promise<void> {
  for (let after = 0; ; ) {
    const rows = await db.selectFrom("messages").select(["seq", "content_type", "content"]).where("seq", ">", after).orderBy("seq").limit(1000).execute();
    const last = rows.at(-1);
    if (!last) return;
    for (const row of rows) {
      const decoded = decodeContent(row.content_type, row.content);
      if (decoded) await db.updateTable("messages").set({ payload_json: JSON.stringify(decoded.payload) }).where("seq", "=", row.seq).execute();
    }
    after = last.seq;
  }
}
