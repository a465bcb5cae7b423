import type { Selectable } from "kysely";
import type { UserRecord, UsersRepo, AuthSessionsRepo } from "../store.ts";
import type { Db } from "./database.ts";
import type { UsersTable } from "./tables-accounts.ts";

// Usernames are unique ignoring case ("Alice" signs in as "alice"): users.username is collated NOCASE on
// SQLite and with the case-insensitive ICU collation `nocase` on PostgreSQL (migration 3), so a plain
// `username = ?` ignores case on both and is served by the primary key. Lists are sorted here instead:
// PostgreSQL's ICU order puts "a.b" and "ab" apart from SQLite's NOCASE.

const listColumns = ["username", "display_name", "role", "operator_id", "service_id", "disabled", "demo"] as const;
const userColumns = [...listColumns, "password_hash"] as const;
type UserRow = Pick<Selectable<UsersTable>, (typeof userColumns)[number]>;

const toRecord = (row: UserRow): UserRecord => ({ ...row, disabled: row.disabled === 1, demo: row.demo === 1 });

/** The order SQLite's NOCASE gives: lower-cased, then code point. */
const byName = (a: string, b: string) => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
};

export function createUsersRepo(db: Db): UsersRepo {
  return {
    async get(username) {
      const row = await db.selectFrom("users").select(userColumns).where("username", "=", username).executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },
    async count() {
      const row = await db.selectFrom("users").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async add(user, at) {
      await db
        .insertInto("users")
        .values({ ...user, disabled: user.disabled ? 1 : 0, demo: user.demo ? 1 : 0, created_at: at })
        .execute();
    },
    async setDisabled(username, disabled) {
      const result = await db.updateTable("users").set({ disabled: disabled ? 1 : 0 }).where("username", "=", username).executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async setPasswordHash(username, hash) {
      const result = await db.updateTable("users").set({ password_hash: hash }).where("username", "=", username).executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async removeDemo() {
      // Their sign-in sessions go with them (ON DELETE CASCADE).
      const removed = await db.deleteFrom("users").where("demo", "=", 1).returning("username").execute();
      return removed.map((r) => r.username).sort(byName);
    },
    async list() {
      const rows = await db.selectFrom("users").select(listColumns).execute();
      return rows
        .map((row) => ({ ...row, disabled: row.disabled === 1, demo: row.demo === 1 }))
        .sort((a, b) => byName(a.username, b.username));
    },
  };
}

export function createAuthSessionsRepo(db: Db): AuthSessionsRepo {
  // Sessions hold the username as stored, and a caller may pass it in another case (scripts/user.ts):
  // resolved through users, whose column ignores case (auth_sessions' did not in SQLite's migration 3).
  const ofUser = (username: string) => db.selectFrom("users").select("username").where("username", "=", username);
  return {
    async create(tokenHash, username, at) {
      await db.insertInto("auth_sessions").values({ token_hash: tokenHash, username, created_at: at, last_seen_at: at }).execute();
    },
    async get(tokenHash) {
      const row = await db
        .selectFrom("auth_sessions as s")
        .innerJoin("users", "users.username", "s.username")
        .select(["s.created_at", "s.last_seen_at", ...userColumns.map((c) => `users.${c}` as const)])
        .where("s.token_hash", "=", tokenHash)
        .executeTakeFirst();
      if (!row) return undefined;
      const { created_at, last_seen_at, ...user } = row;
      return { created_at, last_seen_at, user: toRecord(user) };
    },
    async touch(tokenHash, at) {
      await db.updateTable("auth_sessions").set({ last_seen_at: at }).where("token_hash", "=", tokenHash).execute();
    },
    async delete(tokenHash) {
      await db.deleteFrom("auth_sessions").where("token_hash", "=", tokenHash).execute();
    },
    async listForUser(username) {
      const rows = await db
        .selectFrom("auth_sessions")
        .select("token_hash")
        .where("username", "in", ofUser(username))
        .orderBy("created_at")
        .orderBy("token_hash")
        .execute();
      return rows.map((r) => r.token_hash);
    },
    async deleteForUser(username) {
      await db.deleteFrom("auth_sessions").where("username", "in", ofUser(username)).execute();
    },
  };
}
