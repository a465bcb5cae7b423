import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Channel } from "../../../contract/top-dtos.ts";
import { sqlEngines } from "../../testing/sql-databases.ts";
import type { Store } from "../store.ts";
import { createSqlStore } from "./sql-store.ts";

// The inbox list's search and filters against a real store on each engine (SQLite in memory, a
// throwaway PostgreSQL): the same terms, the same order, the same pages.

let store: Store;
let clock = 1000;

async function add(sid: string, nick: string | undefined, uid: string, { agent = "agent", channel = "0", closed = false }: { agent?: string; channel?: Channel; closed?: boolean } = {}) {
  const at = (clock += 1_000);
  await store.sessions.insert({
    dto: {
      source: { sid, channel, channel_uid: uid, session_source: "XSpace", ...(nick === undefined ? {} : { channel_nick: nick }) },
      target: { session_source: "XSpace", service_id: "80003", bu_id: "100" },
    },
    agent,
    at,
  });
  if (closed) await store.sessions.markClosed(sid, { reason: "memberIsSilent", closedBy: agent, at: at + 1 });
}

const sids = async (search: string | undefined, filter: Parameters<Store["sessions"]["list"]>[1] = {}) =>
  (await store.sessions.list({ limit: 50 }, { ...filter, search })).items.map((s) => s.sid);

const seed = async () => {
  await add("s-wang", "王小明", "wx-openid-7781");
  await add("s-li", "李小红", "wx-openid-9902", { channel: "2" });
  await add("s-eng", "Mary Poppins", "APP-User-42", { channel: "1", closed: true });
  await add("S-Order-77", "明明", "h5-visitor-1", { agent: "agent-2" });
  await add("s-pct", "100%_off", "u_%_1");
  await add("s-nonick", undefined, "anon-5");
};

describe.each(sqlEngines)("session search on $name", (engine) => {
  beforeAll(() => engine.start(), 60_000);
  afterAll(() => engine.stop());
  beforeEach(async () => {
    store = createSqlStore(await engine.open());
    await seed();
  });
  afterEach(() => store.close());

  it("finds a nickname by any part of it, ignoring case and full-width letters", async () => {
    expect(await sids("小明")).toEqual(["s-wang"]);
    expect(await sids("小")).toEqual(["s-li", "s-wang"]);
    expect(await sids("poppins")).toEqual(["s-eng"]);
    expect(await sids("ＭＡＲＹ")).toEqual(["s-eng"]);
    // "明" is three terms of 明明 and one of 王小明: each session once.
    expect(await sids("明")).toEqual(["S-Order-77", "s-wang"]);
  });

  it("finds a channel user id or a session id by its start, not its middle", async () => {
    expect(await sids("wx-openid-77")).toEqual(["s-wang"]);
    expect(await sids("app-user")).toEqual(["s-eng"]);
    expect(await sids("openid")).toEqual([]);
    expect(await sids("s-order")).toEqual(["S-Order-77"]);
    expect(await sids("S-ORDER-77")).toEqual(["S-Order-77"]);
    expect(await sids("order")).toEqual([]);
  });

  it("takes % and _ literally: they match themselves, not any text", async () => {
    expect(await sids("%")).toEqual(["s-pct"]);
    expect(await sids("%_")).toEqual(["s-pct"]);
    expect(await sids("u_%")).toEqual(["s-pct"]);
    expect(await sids("_")).toEqual(["s-pct"]);
    expect(await sids("u%")).toEqual([]);
  });

  it("a blank search is no search", async () => {
    expect(await sids("   ")).toHaveLength(6);
  });

  it("combines with owners, status and channel, open sessions before closed ones", async () => {
    expect(await sids("s-", { agents: ["agent"] })).toEqual(["s-nonick", "s-pct", "s-li", "s-wang", "s-eng"]);
    expect(await sids("s-", { agents: ["agent"], status: "closed" })).toEqual(["s-eng"]);
    expect(await sids("s-", { status: "open", channel: "2" })).toEqual(["s-li"]);
    expect(await sids("明", { agents: ["agent-2"] })).toEqual(["S-Order-77"]);
    expect(await sids(undefined, { channel: "1" })).toEqual(["s-eng"]);
  });

  it("pages a search with the cursor, each session once", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.sessions.list({ limit: 2, cursor }, { search: "s-" });
      seen.push(...page.items.map((s) => s.sid));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["s-nonick", "s-pct", "S-Order-77", "s-li", "s-wang", "s-eng"]);
  });

  it("lists a common term (read in inbox order) exactly as a rare one (read from the terms): same order, same pages", async () => {
    // 1,200 sessions with 客户 in the nickname: past the count where the list stops sorting every match.
    for (let i = 0; i < 1200; i++) await add(`bulk-${i}`, `客户 ${i}`, `uid-${i}`, { closed: i % 3 === 0, channel: i % 2 ? "1" : "0" });
    const all = async (search: string, filter: Parameters<Store["sessions"]["list"]>[1] = {}) => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.sessions.list({ limit: 200, cursor }, { ...filter, search });
        seen.push(...page.items.map((s) => s.sid));
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };
    const newestFirst = (sids: string[]) => sids.reverse();
    const bulk = Array.from({ length: 1200 }, (_, i) => i);
    const expected = (keep: (i: number) => boolean) => [
      ...newestFirst(bulk.filter((i) => i % 3 !== 0 && keep(i)).map((i) => `bulk-${i}`)),
      ...newestFirst(bulk.filter((i) => i % 3 === 0 && keep(i)).map((i) => `bulk-${i}`)),
    ];
    expect(await all("客户")).toEqual(expected(() => true));
    expect(await all("客户", { channel: "1", status: "closed" })).toEqual(expected((i) => i % 2 === 1).filter((sid) => Number(sid.slice(5)) % 3 === 0));
    // A rare term: "客户 11" is 11 and 110-119 and 1100-1199.
    expect(await all("客户 11")).toEqual(expected((i) => String(i).startsWith("11")));
  });
});
