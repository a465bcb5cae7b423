import { describe, expect, it } from "vitest";
import { newSession, user } from "../testing/store-fixtures.ts";
import { storeEngines, useStore } from "../testing/store-engines.ts";

// Staff accounts and their sign-in sessions, customer-page visitors and saved group tickets, on every engine.

describe.each(storeEngines)("store contract: accounts, visitors and tickets on $name", (engine) => {
  const store = useStore(engine);

  it("keeps users, lists them without password hashes, and changes them by name", async () => {
    await store().users.add(user("zed", { role: "supervisor" }), 1);
    await store().users.add(user("amy", { demo: true }), 2);
    await expect(store().users.add(user("amy"), 3)).rejects.toThrow();
    expect(await store().users.get("zed")).toEqual(user("zed", { role: "supervisor" }));
    expect(await store().users.get("nobody")).toBeUndefined();
    expect(await store().users.count()).toBe(2);
    const { password_hash: _hash, ...listed } = user("amy", { demo: true });
    expect(await store().users.list()).toEqual([listed, expect.objectContaining({ username: "zed" })]);
    expect((await store().users.list())[0]).not.toHaveProperty("password_hash");
    expect(await store().users.setDisabled("zed", true)).toBe(true);
    expect(await store().users.setPasswordHash("zed", "new-hash")).toBe(true);
    expect(await store().users.get("zed")).toMatchObject({ disabled: true, password_hash: "new-hash" });
    expect(await store().users.setDisabled("nobody", true)).toBe(false);
    expect(await store().users.setPasswordHash("nobody", "x")).toBe(false);
  });

  it("keeps sign-in sessions with their user in one read, and ends them one by one or all of a user's", async () => {
    await store().users.add(user("amy"), 1);
    await store().users.add(user("bob"), 1);
    await store().authSessions.create("t2", "amy", 20);
    await store().authSessions.create("t1", "amy", 10);
    await store().authSessions.create("t3", "bob", 30);
    expect(await store().authSessions.get("t1")).toEqual({ created_at: 10, last_seen_at: 10, user: user("amy") });
    await store().authSessions.touch("t1", 15);
    expect((await store().authSessions.get("t1"))?.last_seen_at).toBe(15);
    expect(await store().authSessions.listForUser("amy")).toEqual(["t1", "t2"]);
    await store().authSessions.delete("t1");
    expect(await store().authSessions.get("t1")).toBeUndefined();
    await store().authSessions.deleteForUser("amy");
    expect(await store().authSessions.listForUser("amy")).toEqual([]);
    expect(await store().authSessions.get("t3")).toBeDefined();
  });

  it("removes the demo accounts and, with them, their sign-in sessions", async () => {
    await store().users.add(user("demo-b", { demo: true }), 1);
    await store().users.add(user("demo-a", { demo: true }), 1);
    await store().users.add(user("real"), 1);
    await store().authSessions.create("demo-token", "demo-a", 5);
    await store().authSessions.create("real-token", "real", 5);
    expect(await store().users.removeDemo()).toEqual(["demo-a", "demo-b"]);
    expect(await store().authSessions.get("demo-token")).toBeUndefined();
    expect(await store().authSessions.get("real-token")).toBeDefined();
    expect((await store().users.list()).map((u) => u.username)).toEqual(["real"]);
  });

  it("keeps a visitor once, its nickname, the member a host site vouched for, and one cookie secret", async () => {
    const anon = { visitorId: "v1", memberId: "v_1", signed: false };
    expect(await store().visitors.create(anon, 1)).toEqual({ ...anon, nickname: undefined });
    // A second create of the same visitor (two first requests at once) keeps the first.
    expect(await store().visitors.create({ ...anon, memberId: "v_other", nickname: "x" }, 2)).toEqual({ ...anon, nickname: undefined });
    await store().visitors.setNickname("v1", "Ann");
    expect((await store().visitors.get("v1"))?.nickname).toBe("Ann");
    await store().visitors.setMember("v1", "member-9", undefined);
    expect(await store().visitors.get("v1")).toEqual({ visitorId: "v1", memberId: "member-9", nickname: "Ann", signed: true });
    await store().visitors.setMember("v1", "member-9", "Anna");
    expect((await store().visitors.get("v1"))?.nickname).toBe("Anna");
    expect(await store().visitors.get("v2")).toBeUndefined();
    const secret = await store().visitors.cookieSecret();
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(await store().visitors.cookieSecret()).toBe(secret);
  });

  it("keeps group tickets per case id, listed under the session last saved for, latest first", async () => {
    await store().sessions.insert(newSession("s1", { at: 1 }));
    await store().sessions.insert(newSession("s2", { at: 1 }));
    await store().recordGroupTicket({ case_id: "c1", sid: "s1", open_conversation_id: "oc", system_time: "2026-01-01 10:00:00", request_id: "r1", at: 10 });
    await store().recordGroupTicket({ case_id: "c2", sid: "s1", open_conversation_id: "oc", at: 20 });
    await store().recordGroupTicket({ case_id: "c3", sid: "s2", open_conversation_id: "oc", at: 30 });
    expect(await store().groupTicketsOf("s1")).toEqual([
      { case_id: "c2", saved_at: 20 },
      { case_id: "c1", system_time: "2026-01-01 10:00:00", request_id: "r1", saved_at: 10 },
    ]);
    // Saved again for another session: it moves there, with the latest save's answer.
    await store().recordGroupTicket({ case_id: "c1", sid: "s2", open_conversation_id: "oc", request_id: "r2", at: 40 });
    expect((await store().groupTicketsOf("s1")).map((t) => t.case_id)).toEqual(["c2"]);
    expect(await store().groupTicketsOf("s2")).toEqual([{ case_id: "c1", request_id: "r2", saved_at: 40 }, { case_id: "c3", saved_at: 30 }]);
    expect(await store().groupTicketsOf("none")).toEqual([]);
  });
});
