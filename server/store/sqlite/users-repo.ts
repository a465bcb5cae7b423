import type { Database } from "better-sqlite3";
import type { AuthSessionsRepo, UserRecord, UsersRepo } from "../store.ts";

interface UserRow extends Omit<UserRecord, "disabled" | "demo"> {
  disabled: number;
  demo: number;
}

const toRecord = (row: UserRow): UserRecord => ({ ...row, disabled: row.disabled === 1, demo: row.demo === 1 });

export function createUsersRepo(db: Database): UsersRepo {
  const get = db.prepare<[string], UserRow>(
    `SELECT username, display_name, role, operator_id, service_id, password_hash, disabled, demo FROM users WHERE username = ?`,
  );
  const count = db.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM users`);
  const add = db.prepare(`INSERT INTO users (username, display_name, role, operator_id, service_id, password_hash, disabled, demo, created_at)
    VALUES (@username, @display_name, @role, @operator_id, @service_id, @password_hash, @disabled, @demo, @at)`);
  const demoNames = db.prepare<[], { username: string }>(`SELECT username FROM users WHERE demo = 1 ORDER BY username`);
  const removeDemo = db.prepare(`DELETE FROM users WHERE demo = 1`);
  const disable = db.prepare(`UPDATE users SET disabled = ? WHERE username = ?`);
  const setHash = db.prepare(`UPDATE users SET password_hash = ? WHERE username = ?`);
  const list = db.prepare<[], Omit<UserRow, "password_hash">>(
    `SELECT username, display_name, role, operator_id, service_id, disabled, demo FROM users ORDER BY username`,
  );
  return {
    async get(username) {
      const row = get.get(username);
      return row ? toRecord(row) : undefined;
    },
    async count() {
      return count.get()?.n ?? 0;
    },
    async add(user, at) {
      add.run({ ...user, disabled: user.disabled ? 1 : 0, demo: user.demo ? 1 : 0, at });
    },
    async setDisabled(username, disabled) {
      return disable.run(disabled ? 1 : 0, username).changes > 0;
    },
    async setPasswordHash(username, hash) {
      return setHash.run(hash, username).changes > 0;
    },
    async removeDemo() {
      return db.transaction(() => {
        const names = demoNames.all().map((r) => r.username);
        removeDemo.run();
        return names;
      })();
    },
    async list() {
      return list.all().map((row) => ({ ...row, disabled: row.disabled === 1, demo: row.demo === 1 }));
    },
  };
}

export function createAuthSessionsRepo(db: Database): AuthSessionsRepo {
  const create = db.prepare(`INSERT INTO auth_sessions (token_hash, username, created_at, last_seen_at) VALUES (?, ?, ?, ?)`);
  const get = db.prepare<[string], UserRow & { created_at: number; last_seen_at: number }>(
    `SELECT s.created_at, s.last_seen_at, u.username, u.display_name, u.role, u.operator_id, u.service_id, u.password_hash,
       u.disabled, u.demo FROM auth_sessions s JOIN users u ON u.username = s.username WHERE s.token_hash = ?`,
  );
  const touch = db.prepare(`UPDATE auth_sessions SET last_seen_at = ? WHERE token_hash = ?`);
  const remove = db.prepare(`DELETE FROM auth_sessions WHERE token_hash = ?`);
  const removeForUser = db.prepare(`DELETE FROM auth_sessions WHERE username = ?`);
  const forUser = db.prepare<[string], { token_hash: string }>(`SELECT token_hash FROM auth_sessions WHERE username = ? ORDER BY created_at`);
  return {
    async create(tokenHash, username, at) {
      create.run(tokenHash, username, at, at);
    },
    async get(tokenHash) {
      const row = get.get(tokenHash);
      if (!row) return undefined;
      const { created_at, last_seen_at, ...user } = row;
      return { created_at, last_seen_at, user: toRecord(user) };
    },
    async touch(tokenHash, at) {
      touch.run(at, tokenHash);
    },
    async delete(tokenHash) {
      remove.run(tokenHash);
    },
    async listForUser(username) {
      return forUser.all(username).map((r) => r.token_hash);
    },
    async deleteForUser(username) {
      removeForUser.run(username);
    },
  };
}
