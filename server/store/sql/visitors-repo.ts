import { randomBytes } from "node:crypto";
import type { Selectable } from "kysely";
import type { VisitorRecord, VisitorsRepo } from "../store.ts";
import type { Db } from "./database.ts";
import type { VisitorsTable } from "./tables-accounts.ts";

const toRecord = (row: Selectable<VisitorsTable>): VisitorRecord => ({
  visitorId: row.visitor_id,
  memberId: row.member_id,
  nickname: row.nickname ?? undefined,
  signed: row.signed === 1,
});

const secretKey = "visitor_cookie_secret";

export function createVisitorsRepo(db: Db): VisitorsRepo {
  const get = (visitorId: string) => db.selectFrom("visitors").selectAll().where("visitor_id", "=", visitorId).executeTakeFirst();
  return {
    async get(visitorId) {
      const row = await get(visitorId);
      return row ? toRecord(row) : undefined;
    },
    async create(visitor, at) {
      // A visitor id is made by the page; a second create of it (two tabs at once) keeps the first.
      await db
        .insertInto("visitors")
        .values({
          visitor_id: visitor.visitorId,
          member_id: visitor.memberId,
          nickname: visitor.nickname ?? null,
          signed: visitor.signed ? 1 : 0,
          created_at: at,
          last_seen_at: at,
        })
        .onConflict((oc) => oc.column("visitor_id").doNothing())
        .execute();
      const row = await get(visitor.visitorId);
      if (!row) throw new Error(`visitor ${visitor.visitorId} is not stored after its insert`);
      return toRecord(row);
    },
    async setNickname(visitorId, nickname) {
      await db.updateTable("visitors").set({ nickname }).where("visitor_id", "=", visitorId).execute();
    },
    async setMember(visitorId, memberId, nickname) {
      await db
        .updateTable("visitors")
        .set((eb) => ({ member_id: memberId, nickname: eb.fn.coalesce(eb.val(nickname ?? null), eb.ref("nickname")), signed: 1 }))
        .where("visitor_id", "=", visitorId)
        .execute();
    },
    async cookieSecret() {
      // Made once per store and kept there, so visitor cookies survive a restart without configuration;
      // of two instances making it at once, the first insert wins and both read it back.
      await db
        .insertInto("settings")
        .values({ key: secretKey, value: randomBytes(32).toString("base64url") })
        .onConflict((oc) => oc.column("key").doNothing())
        .execute();
      const row = await db.selectFrom("settings").select("value").where("key", "=", secretKey).executeTakeFirst();
      if (!row) throw new Error("the visitor cookie secret is not stored after its insert");
      return row.value;
    },
  };
}
