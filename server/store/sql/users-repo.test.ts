import { describe, expect, it } from "vitest";
import { sqlEngines, useSqlDb } from "../../testing/sql-databases.ts";
import type { UserRecord } from "../store.ts";
import { createAuthSessionsRepo, createUsersRepo } from "./users-repo.ts";

const user = (username: string, extra: Partial<UserRecord> = {}): UserRecord => ({
  username,
  display_name: username.toUpperCase(),
  role: "agent",
  operator_id: `op-${username}`,
  service_id: "svc",
  password_hash: `hash-${username}`,
  disabled: false,
  demo: false,
  ...extra,
});

// Usernames ignore case on both engines (NOCASE in SQLite, the ICU `nocase` collation in PostgreSQL).
describe.each(sqlEngines)("users and sign-in sessions on $name", (engine) => {
  const db = useSqlDb(engine);

  it("finds, changes and refuses a second account by a name in any case", async () => {
    const users = createUsersRepo(db());
    await users.add(user("alice"), 1);
    expect(await users.get("ALICE")).toEqual(user("alice"));
    await expect(users.add(user("Alice"), 2)).rejects.toThrow();
    expect(await users.setDisabled("Alice", true)).toBe(true);
    expect(await users.setPasswordHash("aLiCe", "new")).toBe(true);
    expect(await users.get("alice")).toMatchObject({ disabled: true, password_hash: "new" });
    expect(await users.count()).toBe(1);
  });

  it("signs a user out everywhere by a name typed in another case", async () => {
    const users = createUsersRepo(db());
    const sessions = createAuthSessionsRepo(db());
    await users.add(user("alice"), 1);
    await users.add(user("bob"), 1);
    await sessions.create("t1", "alice", 10);
    await sessions.create("t2", "bob", 10);
    expect(await sessions.listForUser("ALICE")).toEqual(["t1"]);
    await sessions.deleteForUser("ALICE");
    expect(await sessions.get("t1")).toBeUndefined();
    expect(await sessions.get("t2")).toMatchObject({ user: user("bob") });
  });

  it("lists users and removed demo accounts in SQLite's NOCASE order on both engines", async () => {
    const users = createUsersRepo(db());
    for (const name of ["B", "ab", "a.b", "a_c"]) await users.add(user(name, { demo: name !== "B" }), 1);
    expect((await users.list()).map((u) => u.username)).toEqual(["a.b", "a_c", "ab", "B"]);
    expect(await users.removeDemo()).toEqual(["a.b", "a_c", "ab"]);
    expect((await users.list()).map((u) => u.username)).toEqual(["B"]);
  });
});
