import { describe, expect, it } from "vitest";
import { newSession, textMessage } from "../testing/store-fixtures.ts";
import { storeEngines, useStore } from "../testing/store-engines.ts";

// Requests that reach the store at the same moment. SQLite runs them one after the other; a pooled
// server database runs them side by side, on separate connections, so a read-then-write that is not
// one atomic statement (or a transaction that locks what it read) lets both requests through.

describe.each(storeEngines)("store contract: concurrent requests on $name", (engine) => {
  const store = useStore(engine);

  it("two sends of one message_id at once: one is started, the other finds it in flight", async () => {
    await store().sessions.insert(newSession("s1", { agent: "a", at: 1 }));
    for (let round = 0; round < 5; round++) {
      const message = textMessage(`m${round}`, "s1", "hello", { at: 10 + round });
      const states = await Promise.all([1, 2, 3].map(() => store().messages.beginSend(message).then((b) => b.state)));
      expect(states.sort()).toEqual(["in_flight", "in_flight", "started"]);
    }
    expect((await store().messages.listBySession("s1", { limit: 50 })).items).toHaveLength(5);
  });

  it("two retries of one failed message at once: exactly one re-arms it", async () => {
    await store().sessions.insert(newSession("s1", { agent: "a", at: 1 }));
    const message = textMessage("m1", "s1", "hello", { at: 10 });
    await store().messages.beginSend(message);
    await store().messages.markFailed("m1", { code: "top_timeout", message: "no answer" }, 11);
    const retries = await Promise.all([1, 2, 3].map(() => store().messages.beginSend({ ...message, at: 12 })));
    expect(retries.filter((r) => r.state === "started")).toHaveLength(1);
  });

  it("four agents taking one queued session at once: exactly one gets it", async () => {
    for (let round = 0; round < 5; round++) {
      await store().sessions.insert(newSession(`q${round}`, { at: round }));
      const takes = await Promise.all(["a", "b", "c", "d"].map((agent) => store().sessions.assign(`q${round}`, agent, { agent: undefined })));
      expect(takes.filter((t) => t !== undefined)).toHaveLength(1);
    }
  });

  it("instances claiming bulk-close items at once: each item goes to one of them", async () => {
    const sids = Array.from({ length: 200 }, (_, i) => `s${String(i).padStart(3, "0")}`);
    await store().bulkJobs.create({ id: "job", reason: "memberIsSilent", actor: "lead", at: 1 }, sids);
    const claimer = async (by: string) => {
      const mine: string[] = [];
      for (let sid = await store().bulkJobs.claimNext("job", { by, now: 10, until: 1_000 }); sid; sid = await store().bulkJobs.claimNext("job", { by, now: 10, until: 1_000 })) mine.push(sid);
      return mine;
    };
    const claimed = (await Promise.all(["A", "B", "C", "D", "E", "F", "G", "H"].map(claimer))).flat();
    expect(claimed.sort()).toEqual(sids);
  });

  it("a visitor's first requests at once: one visitor, one cookie secret", async () => {
    const visitor = { visitorId: "v1", memberId: "v_1", signed: false };
    const created = await Promise.all([1, 2, 3].map((i) => store().visitors.create({ ...visitor, nickname: `n${i}` }, i)));
    expect(new Set(created.map((v) => v.nickname)).size).toBe(1);
    const secrets = await Promise.all([1, 2, 3].map(() => store().visitors.cookieSecret()));
    expect(new Set(secrets).size).toBe(1);
  });
});
