import { randomBytes } from "node:crypto";
import type { Database } from "better-sqlite3";
import type { VisitorRecord, VisitorsRepo } from "../store.ts";

interface VisitorRow {
  visitor_id: string;
  member_id: string;
  nickname: string | null;
  signed: number;
  created_at: number;
  last_seen_at: number;
}

const toRecord = (row: VisitorRow): VisitorRecord => ({
  visitorId: row.visitor_id,
  memberId: row.member_id,
  nickname: row.nickname ?? undefined,
  signed: row.signed === 1,
});

export function createVisitorsRepo(db: Database): VisitorsRepo {
  const get = db.prepare<[string], VisitorRow>(`SELECT * FROM visitors WHERE visitor_id = ?`);
  const insert = db.prepare(`INSERT INTO visitors (visitor_id, member_id, nickname, signed, created_at, last_seen_at)
    VALUES (@visitorId, @memberId, @nickname, @signed, @at, @at) ON CONFLICT (visitor_id) DO NOTHING`);
  const nickname = db.prepare(`UPDATE visitors SET nickname = ? WHERE visitor_id = ?`);
  const member = db.prepare(`UPDATE visitors SET member_id = ?, nickname = COALESCE(?, nickname), signed = 1 WHERE visitor_id = ?`);
  const secretGet = db.prepare<[string], { value: string }>(`SELECT value FROM settings WHERE key = ?`);
  const secretPut = db.prepare(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`);

  return {
    async get(visitorId) {
      const row = get.get(visitorId);
      return row ? toRecord(row) : undefined;
    },
    async create(visitor, at) {
      insert.run({ ...visitor, nickname: visitor.nickname ?? null, signed: visitor.signed ? 1 : 0, at });
      const row = get.get(visitor.visitorId);
      if (!row) throw new Error("visitor vanished after insert");
      return toRecord(row);
    },
    async setNickname(visitorId, nick) {
      nickname.run(nick, visitorId);
    },
    async setMember(visitorId, memberId, nick) {
      member.run(memberId, nick ?? null, visitorId);
    },
    async cookieSecret() {
      // Made once per store and kept there, so visitor cookies survive a restart without configuration.
      secretPut.run("visitor_cookie_secret", randomBytes(32).toString("base64url"));
      const row = secretGet.get("visitor_cookie_secret");
      if (!row) throw new Error("visitor cookie secret missing");
      return row.value;
    },
  };
}
