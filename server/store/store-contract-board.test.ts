import { describe, expect, it } from "vitest";
import type { BoardSort } from "../../contract/board.ts";
import { newSession } from "../testing/store-fixtures.ts";
import { storeEngines, useStore } from "../testing/store-engines.ts";
import type { OpenSessionFilter, Store } from "./store.ts";

// The supervisor board on every engine: open sessions filtered and sorted (each page by its cursor),
// their counts and ids for a bulk close, bulk-close jobs that survive a restart, the auto-close policy.

async function seedBoard(store: Store) {
  // last activity: s1 oldest … s5 newest.
  await store.sessions.insert(newSession("s1", { agent: "bob", channel: "1", nick: "Carol", at: 100 }));
  await store.sessions.insert(newSession("s2", { agent: "amy", channel: "0", nick: "alice", at: 200 }));
  await store.sessions.insert(newSession("s3", { agent: "amy", channel: "1", uid: "Bruno", source: "Other", at: 300 }));
  await store.sessions.insert(newSession("s4", { agent: "bob", channel: "0", nick: "dave", at: 400 }));
  await store.sessions.insert(newSession("s5", { agent: "amy", channel: "0", nick: "eve", at: 500 }));
  await store.sessions.insert(newSession("closed", { agent: "amy", at: 50 }));
  await store.sessions.markClosed("closed", { reason: "memberIsSilent", closedBy: "amy", at: 60 });
  await store.sessions.markUnknownToPlatform("s4", 600);
}

describe.each(storeEngines)("store contract: board on $name", (engine) => {
  const store = useStore(engine);

  /** Every item still to close, by claiming them all (one claimant, a lease that never runs out). */
  const claimAll = async (id: string) => {
    const sids: string[] = [];
    const claim = () => store().bulkJobs.claimNext(id, { by: "t", now: 0, until: Number.MAX_SAFE_INTEGER });
    for (let sid = await claim(); sid; sid = await claim()) sids.push(sid);
    return sids;
  };

  const allPages = async (filter: OpenSessionFilter, sort?: BoardSort, limit = 2) => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store().sessions.listOpen(filter, { limit, cursor }, sort);
      seen.push(...page.items.map((s) => s.sid));
      cursor = page.nextCursor;
    } while (cursor);
    return seen;
  };

  it("lists open sessions longest idle first by default, filtered, page by page", async () => {
    await seedBoard(store());
    expect(await allPages({})).toEqual(["s1", "s2", "s3", "s4", "s5"]);
    expect(await allPages({ idleBefore: 300 })).toEqual(["s1", "s2"]);
    expect(await allPages({ channel: "0", agent: "amy" })).toEqual(["s2", "s5"]);
    expect(await allPages({ session_source: "Other" })).toEqual(["s3"]);
    expect(await allPages({ knownToPlatform: true })).toEqual(["s1", "s2", "s3", "s5"]);
  });

  it("sorts by a column either way, ties broken by idle time, and pages each order with its own cursor", async () => {
    await seedBoard(store());
    // The customer is the nickname, or the channel user id without one; compared byte-wise (uppercase first).
    expect(await allPages({}, { sort: "customer", dir: "asc" })).toEqual(["s3", "s1", "s2", "s4", "s5"]);
    expect(await allPages({}, { sort: "customer", dir: "desc" })).toEqual(["s5", "s4", "s2", "s1", "s3"]);
    expect(await allPages({}, { sort: "agent", dir: "asc" })).toEqual(["s2", "s3", "s5", "s1", "s4"]);
    expect(await allPages({}, { sort: "channel", dir: "desc" }, 1)).toEqual(["s1", "s3", "s2", "s4", "s5"]);
    expect(await allPages({}, { sort: "last_activity", dir: "desc" })).toEqual(["s5", "s4", "s3", "s2", "s1"]);
    expect(await allPages({}, { sort: "idle", dir: "asc" })).toEqual(["s5", "s4", "s3", "s2", "s1"]);
  });

  it("counts open sessions matching a filter and answers their ids, longest idle first", async () => {
    await seedBoard(store());
    expect(await store().sessions.countOpen({})).toBe(5);
    expect(await store().sessions.countOpen({ agent: "bob" })).toBe(2);
    expect(await store().sessions.countOpen({ agent: "nobody" })).toBe(0);
    expect(await store().sessions.openSids({ channel: "0" })).toEqual(["s2", "s4", "s5"]);
    expect(await store().sessions.openSids({ channel: "0", knownToPlatform: true })).toEqual(["s2", "s5"]);
  });

  it("keeps a bulk close as a job: items settled one by one, failures retried, resumed after a restart", async () => {
    const created = await store().bulkJobs.create({ id: "job-1", reason: "memberIsSilent", actor: "lead", at: 1000 }, ["s1", "s2", "s3", "s4"]);
    expect(created).toMatchObject({ id: "job-1", status: "running", total: 4, done: 0, failed: 0, unknown_to_platform: 0, created_at: 1000, run_started_at: 1000, failures: [] });
    await store().bulkJobs.settle("job-1", "s1", { ok: true });
    await store().bulkJobs.settle("job-1", "s2", { ok: true, outcome: "unknown_to_platform" });
    await store().bulkJobs.settle("job-1", "s3", { ok: false, error: { code: "top_timeout", message: "no answer" } });
    // A restart here: the job is unfinished, nobody is working on it, and only s4 is still to close.
    expect(await store().bulkJobs.orphaned(1500)).toEqual(["job-1"]);
    expect(await store().bulkJobs.finishIfDone("job-1", 1500)).toBe(false);
    expect(await claimAll("job-1")).toEqual(["s4"]);
    expect(await store().bulkJobs.summary("job-1")).toMatchObject({ total: 4, done: 1, unknown_to_platform: 1, failed: 1, status: "running" });
    await store().bulkJobs.settle("job-1", "s4", { ok: true, outcome: "already_closed" });
    expect(await store().bulkJobs.finishIfDone("job-1", 2000)).toBe(true);
    expect(await store().bulkJobs.finishIfDone("job-1", 2001)).toBe(false);
    expect(await store().bulkJobs.get("job-1")).toMatchObject({ status: "finished", finished_at: 2000, done: 2, failed: 1, failures: [{ sid: "s3", error: { code: "top_timeout", message: "no answer" } }] });
    expect(await store().bulkJobs.orphaned(2000)).toEqual([]);

    expect(await store().bulkJobs.rearmFailed("job-1")).toBe(1);
    await store().bulkJobs.reopen("job-1", 3000);
    expect(await claimAll("job-1")).toEqual(["s3"]);
    expect(await store().bulkJobs.get("job-1")).toMatchObject({ status: "running", run_started_at: 3000, failed: 0, failures: [] });
    expect(await store().bulkJobs.get("nope")).toBeUndefined();
    expect(await store().bulkJobs.summary("nope")).toBeUndefined();
  });

  it("claims a bulk-close item for one instance until its lease runs out, and finds jobs a dead instance left", async () => {
    await store().bulkJobs.create({ id: "job", reason: "memberIsSilent", actor: "lead", at: 1 }, ["s1", "s2"]);
    expect(await store().bulkJobs.claimNext("job", { by: "A", now: 100, until: 200 })).toBe("s1");
    expect(await store().bulkJobs.claimNext("job", { by: "B", now: 100, until: 200 })).toBe("s2");
    expect(await store().bulkJobs.claimNext("job", { by: "B", now: 150, until: 250 })).toBeUndefined();
    expect(await store().bulkJobs.orphaned(150)).toEqual([]);
    // A renews s1; B dies holding s2: at 220 only s2 is free again, and the job has a live claim still.
    await store().bulkJobs.renewClaim("job", "s1", { by: "A", until: 300 });
    await store().bulkJobs.renewClaim("job", "s1", { by: "B", until: 900 }); // not B's: ignored
    expect(await store().bulkJobs.orphaned(220)).toEqual([]);
    expect(await store().bulkJobs.claimNext("job", { by: "C", now: 220, until: 320 })).toBe("s2");
    // A dies too: after its lease nobody is working on the job, and s1 can be taken over.
    expect(await store().bulkJobs.orphaned(330)).toEqual(["job"]);
    expect(await store().bulkJobs.claimNext("job", { by: "C", now: 330, until: 430 })).toBe("s1");
    await store().bulkJobs.settle("job", "s1", { ok: true });
    await store().bulkJobs.settle("job", "s2", { ok: true });
    expect(await store().bulkJobs.claimNext("job", { by: "C", now: 999, until: 1_100 })).toBeUndefined();
    expect(await store().bulkJobs.finishIfDone("job", 1_000)).toBe(true);
    expect(await store().bulkJobs.orphaned(1_000)).toEqual([]);
  });

  it("lists the most recent jobs first, and claims each session once per job", async () => {
    await store().bulkJobs.create({ id: "a", reason: "memberIsSilent", actor: "lead", at: 1 }, ["s1", "s1", "s2"]);
    await store().bulkJobs.create({ id: "b", reason: "heartBeatBreak", actor: "boss", at: 2 }, []);
    expect((await store().bulkJobs.recent(10)).map((j) => [j.id, j.total])).toEqual([["b", 0], ["a", 2]]);
    expect(await store().bulkJobs.recent(1)).toHaveLength(1);
  });

  it("keeps the auto-close policy, replacing it as a whole", async () => {
    expect(await store().settings.autoClosePolicy()).toBeUndefined();
    await store().settings.setAutoClosePolicy({ enabled: true, idle_minutes: 30, reason: "memberIsSilent", max_per_run: 100 });
    await store().settings.setAutoClosePolicy({ enabled: false, idle_minutes: 45, reason: "heartBeatBreak", max_per_run: 10 });
    expect(await store().settings.autoClosePolicy()).toEqual({ enabled: false, idle_minutes: 45, reason: "heartBeatBreak", max_per_run: 10 });
  });
});
