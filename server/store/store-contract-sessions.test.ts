import { describe, expect, it } from "vitest";
import { newSession, textMessage, deliver, user } from "../testing/store-fixtures.ts";
import { storeEngines, useStore } from "../testing/store-engines.ts";

// The sessions repo as the services use it, on every engine: creating and reading sessions, the
// inbox list and its search, taking a session (exactly one of two concurrent takes wins) and reading it.

describe.each(storeEngines)("store contract: sessions on $name", (engine) => {
  const store = useStore(engine);

  it("stores a session from its create DTO and reads it back; an unknown sid is undefined", async () => {
    await store().users.add(user("agent", { display_name: "Agent Smith" }), 1);
    const created = await store().sessions.insert({ ...newSession("s1", { agent: "agent", nick: "王小明", at: 1000 }), topSessionId: "top-1", origin: "customer" });
    expect(created).toMatchObject({
      sid: "s1", status: "open", channel: "0", channel_uid: "uid-s1", channel_nick: "王小明", session_source: "XSpace",
      service_id: "80003", bu_id: "100", agent: "agent", agent_name: "Agent Smith", origin: "customer", top_session_id: "top-1",
      opened_at: 1000, last_activity_at: 1000, unread_count: 0,
    });
    expect(await store().sessions.get("s1")).toEqual(created);
    expect(await store().sessions.get("nope")).toBeUndefined();
    const queued = await store().sessions.insert(newSession("s2", { at: 1001 }));
    expect(queued.agent).toBeUndefined();
    expect(queued.origin).toBe("agent");
  });

  it("lists open before closed, most recent activity first, in pages whose cursors give each session once", async () => {
    for (let i = 1; i <= 5; i++) await store().sessions.insert(newSession(`s${i}`, { agent: i % 2 ? "a" : undefined, at: 1000 + i }));
    await store().sessions.markClosed("s5", { reason: "memberIsSilent", closedBy: "a", at: 2000 });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store().sessions.list({ limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((s) => s.sid));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["s4", "s3", "s2", "s1", "s5"]);
    const sids = async (filter: Parameters<ReturnType<typeof store>["sessions"]["list"]>[1]) => (await store().sessions.list({ limit: 10 }, filter)).items.map((s) => s.sid);
    expect(await sids({ agents: [""] })).toEqual(["s4", "s2"]);
    expect(await sids({ agents: ["a"], status: "open" })).toEqual(["s3", "s1"]);
    expect(await sids({ status: "closed" })).toEqual(["s5"]);
  });

  it("searches by nickname (any part), channel user id or sid (their start), ignoring case, % and _ taken literally", async () => {
    await store().sessions.insert(newSession("s-wang", { nick: "王小明", uid: "wx-OpenID-7781", at: 1 }));
    await store().sessions.insert(newSession("S-Order-77", { nick: "Mary Poppins", uid: "app-1", at: 2 }));
    await store().sessions.insert(newSession("s-pct", { nick: "100%_off", uid: "u_%_1", at: 3 }));
    const found = async (search: string) => (await store().sessions.list({ limit: 10 }, { search })).items.map((s) => s.sid);
    expect(await found("小明")).toEqual(["s-wang"]);
    expect(await found("POPPINS")).toEqual(["S-Order-77"]);
    expect(await found("ｍａｒｙ")).toEqual(["S-Order-77"]);
    expect(await found("wx-openid")).toEqual(["s-wang"]);
    expect(await found("openid")).toEqual([]);
    expect(await found("s-order")).toEqual(["S-Order-77"]);
    expect(await found("%_")).toEqual(["s-pct"]);
    expect(await found("u%")).toEqual([]);
  });

  it("assigns with a conditional update: of two takes from the queue at once exactly one wins", async () => {
    await store().sessions.insert(newSession("s1", { at: 1 }));
    const takes = await Promise.all(["a", "b"].map((agent) => store().sessions.assign("s1", agent, { agent: undefined })));
    const winners = takes.filter((t) => t !== undefined);
    expect(winners).toHaveLength(1);
    expect((await store().sessions.get("s1"))?.agent).toBe(winners[0]?.agent);
    // Expected owner changed: nothing happens. "any" reassigns an open session, never a closed one.
    expect(await store().sessions.assign("s1", "c", { agent: undefined })).toBeUndefined();
    expect((await store().sessions.assign("s1", "c", "any"))?.agent).toBe("c");
    await store().sessions.markClosed("s1", { reason: "memberIsSilent", closedBy: "c", at: 5 });
    expect(await store().sessions.assign("s1", "d", "any")).toBeUndefined();
    expect(await store().sessions.assign("missing", "d", "any")).toBeUndefined();
  });

  it("counts a customer's delivered messages as unread until read, and answers up to when they were read", async () => {
    await store().sessions.insert(newSession("s1", { agent: "agent", at: 1000 }));
    await deliver(store(), textMessage("m1", "s1", "hello", { from: "customer", at: 1100 }));
    await deliver(store(), textMessage("m2", "s1", "anyone?", { from: "customer", at: 1200 }));
    expect(await store().sessions.get("s1")).toMatchObject({ unread_count: 2, waiting_since: 1100, last_message: { preview: "anyone?", at: 1200, side: "customer" } });
    const read = await store().sessions.markRead("s1", 1300);
    expect(read?.readUpTo).toBe(1200);
    expect(read?.session.unread_count).toBe(0);
    expect(await store().sessions.agentReadAt("s1")).toBe(1300);
    expect((await store().sessions.markRead("s1", 1400))?.readUpTo).toBeUndefined();
    expect(await store().sessions.markRead("missing", 1400)).toBeUndefined();
    // An agent's answer ends the wait.
    await deliver(store(), textMessage("m3", "s1", "here", { at: 1500 }));
    expect((await store().sessions.get("s1"))?.waiting_since).toBeUndefined();
    expect(await store().sessions.messageCount("s1")).toBe(3);
  });

  it("answers a member's sessions open first, and open sessions per agent", async () => {
    await store().sessions.insert(newSession("old", { agent: "a", uid: "member-1", at: 1 }));
    await store().sessions.insert(newSession("new", { agent: "a", uid: "member-1", at: 2 }));
    await store().sessions.insert(newSession("other", { agent: "b", uid: "member-1", channel: "1", at: 3 }));
    await store().sessions.markClosed("new", { reason: "memberCloseTheSession", closedBy: "a", at: 4 });
    expect((await store().sessions.byMember("member-1", 10)).map((s) => s.sid)).toEqual(["old", "new"]);
    expect(await store().sessions.openCounts(["a", "b", "c"])).toEqual(new Map([["a", 1], ["b", 1], ["c", 0]]));
  });

  it("closes once, flags a session unknown to the platform once, and keeps its group", async () => {
    await store().sessions.insert(newSession("s1", { agent: "a", at: 1 }));
    expect(await store().sessions.markClosed("s1", { reason: "memberIsSilent", closedBy: "a", at: 10, note: "gone" }))
      .toMatchObject({ status: "closed", closed_at: 10, close_reason: "memberIsSilent", closed_by: "a", close_note: "gone", last_activity_at: 10 });
    expect(await store().sessions.markClosed("s1", { reason: "heartBeatBreak", closedBy: "b", at: 20 })).toMatchObject({ closed_at: 10, closed_by: "a" });
    await store().sessions.insert(newSession("s2", { at: 2 }));
    expect((await store().sessions.markUnknownToPlatform("s2", 30))?.unknown_to_platform_at).toBe(30);
    expect((await store().sessions.markUnknownToPlatform("s2", 40))?.unknown_to_platform_at).toBe(30);
    const group = { group_link: "https://example.com/g", open_conversation_id: "cid-1", created_at: 50 };
    expect(await store().sessions.setGroup("s2", group)).toMatchObject({ group, last_activity_at: 50 });
    expect(await store().sessions.markUnknownToPlatform("missing", 1)).toBeUndefined();
  });
});
