import { sql } from "kysely";
import type { SessionsRepo } from "../store.ts";
import type { Db, Engine } from "./database.ts";
import { larger, sessionColumns, type SessionRow, toSessionView } from "./session-row.ts";

type InboxOps = Pick<SessionsRepo, "assign" | "markRead" | "agentReadAt" | "byMember" | "openCounts" | "messageCount">;

// Assignment and reading. A take is one conditional UPDATE (owner still the expected one, session
// still open), so two agents taking at once cannot both win: the second finds the owner changed and
// updates nothing (SQLite serialises the writes; PostgreSQL re-checks the WHERE after the first commits).

export function createInboxOps(db: Db, engine: Engine): InboxOps {
  const columns = sql.raw(sessionColumns(engine));
  const get = async (trx: Db, sid: string) => (await sql<SessionRow>`SELECT ${columns} FROM sessions WHERE sid = ${sid}`.execute(trx)).rows[0];

  return {
    async assign(sid, to, expected) {
      const owner = expected === "any" ? sql`` : sql` AND agent = ${expected.agent ?? ""}`;
      const { rows } = await sql<SessionRow>`UPDATE sessions SET agent = ${to} WHERE sid = ${sid} AND status = 'open'${owner} RETURNING ${columns}`.execute(db);
      return rows[0] ? toSessionView(rows[0]) : undefined;
    },
    async markRead(sid, at) {
      return db.transaction().execute(async (trx) => {
        const row = await get(trx, sid);
        if (!row) return undefined;
        if (row.unread_count === 0) return { session: toSessionView(row), readUpTo: undefined };
        const unread = await trx
          .selectFrom("messages")
          .select((eb) => eb.fn.max("created_at").as("up_to"))
          .where("sid", "=", sid)
          .where("sender_type", "=", "1")
          .where("status", "=", "sent")
          .executeTakeFirst();
        const upTo = unread?.up_to ?? undefined;
        // The read time the customer sees is the one the MSG_READ carries (readTime), so page and live event agree.
        if (upTo !== undefined) {
          await sql`UPDATE sessions SET unread_count = 0, agent_read_at = ${sql.raw(larger(engine))}(COALESCE(agent_read_at, 0), ${at}) WHERE sid = ${sid}`.execute(trx);
        }
        const after = await get(trx, sid);
        return after ? { session: toSessionView(after), readUpTo: upTo } : undefined;
      });
    },
    async agentReadAt(sid) {
      const row = await db.selectFrom("sessions").select("agent_read_at").where("sid", "=", sid).executeTakeFirst();
      return row?.agent_read_at ?? undefined;
    },
    async byMember(memberId, limit) {
      const { rows } = await sql<SessionRow>`SELECT ${columns} FROM sessions WHERE channel_uid = ${memberId} AND channel = '0'
        ORDER BY (status = 'closed') ASC, opened_at DESC LIMIT ${limit}`.execute(db);
      return rows.map(toSessionView);
    },
    async messageCount(sid) {
      // content_type 10 is MSG_READ: a receipt, not a message anyone wrote.
      const row = await db
        .selectFrom("messages")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("sid", "=", sid)
        .where("content_type", "!=", 10)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async openCounts(agents) {
      const rows = await db
        .selectFrom("sessions")
        .select((eb) => ["agent", eb.fn.countAll<number>().as("n")])
        .where("status", "=", "open")
        .where("agent", "!=", "")
        .groupBy("agent")
        .execute();
      const all = new Map(rows.map((r) => [r.agent, Number(r.n)]));
      return new Map(agents.map((a) => [a, all.get(a) ?? 0]));
    },
  };
}
