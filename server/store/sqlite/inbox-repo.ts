import type { Database } from "better-sqlite3";
import type { SessionView } from "../../../contract/api.ts";
import type { SessionsRepo } from "../store.ts";
import { COLUMNS, type SessionRow } from "./sessions-repo.ts";

type InboxOps = Pick<SessionsRepo, "assign" | "markRead" | "agentReadAt" | "byMember" | "openCounts" | "messageCount">;

// Assignment and reading. A take is one conditional UPDATE (owner still the expected one, session
// still open), so two agents taking at once cannot both win: SQLite serialises the writes, and the
// second finds the owner changed and updates nothing.

export function createInboxOps(db: Database, toView: (row: SessionRow) => SessionView): InboxOps {
  const assignIf = db.prepare<{ sid: string; to: string; expected: string }, SessionRow>(
    `UPDATE sessions SET agent = @to WHERE sid = @sid AND status = 'open' AND agent = @expected RETURNING ${COLUMNS}`,
  );
  const assignAny = db.prepare<{ sid: string; to: string }, SessionRow>(
    `UPDATE sessions SET agent = @to WHERE sid = @sid AND status = 'open' RETURNING ${COLUMNS}`,
  );
  const get = db.prepare<[string], SessionRow>(`SELECT ${COLUMNS} FROM sessions WHERE sid = ?`);
  const unreadUpTo = db.prepare<[string], { up_to: number | null }>(
    `SELECT MAX(created_at) AS up_to FROM messages WHERE sid = ? AND sender_type = '1' AND status = 'sent'`,
  );
  const clear = db.prepare(`UPDATE sessions SET unread_count = 0, agent_read_at = MAX(COALESCE(agent_read_at, 0), @at) WHERE sid = @sid`);
  const readAt = db.prepare<[string], { agent_read_at: number | null }>(`SELECT agent_read_at FROM sessions WHERE sid = ?`);
  const byMember = db.prepare<[string, number], SessionRow>(
    `SELECT ${COLUMNS} FROM sessions WHERE channel_uid = ? AND channel = '0' ORDER BY (status = 'closed') ASC, opened_at DESC LIMIT ?`,
  );
  // content_type 10 is MSG_READ: a receipt, not a message anyone wrote.
  const messageCount = db.prepare<[string], { n: number }>(`SELECT COUNT(*) AS n FROM messages WHERE sid = ? AND content_type != 10`);
  const counts = db.prepare<[], { agent: string; n: number }>(
    `SELECT agent, COUNT(*) AS n FROM sessions WHERE status = 'open' AND agent != '' GROUP BY agent`,
  );
  const read = db.transaction((sid: string, at: number) => {
    const row = get.get(sid);
    if (!row) return undefined;
    if (row.unread_count === 0) return { session: toView(row), readUpTo: undefined };
    const upTo = unreadUpTo.get(sid)?.up_to ?? undefined;
    // The read time the customer sees is the one the MSG_READ carries (readTime), so page and live event agree.
    if (upTo !== undefined) clear.run({ sid, at });
    const after = get.get(sid);
    return after ? { session: toView(after), readUpTo: upTo } : undefined;
  });

  return {
    async assign(sid, to, expected) {
      const row = expected === "any" ? assignAny.get({ sid, to }) : assignIf.get({ sid, to, expected: expected.agent ?? "" });
      return row ? toView(row) : undefined;
    },
    async markRead(sid, at) {
      return read(sid, at);
    },
    async agentReadAt(sid) {
      return readAt.get(sid)?.agent_read_at ?? undefined;
    },
    async byMember(memberId, limit) {
      return byMember.all(memberId, limit).map(toView);
    },
    async messageCount(sid) {
      return messageCount.get(sid)?.n ?? 0;
    },
    async openCounts(agents) {
      const all = new Map(counts.all().map((r) => [r.agent, r.n]));
      return new Map(agents.map((a) => [a, all.get(a) ?? 0]));
    },
  };
}
