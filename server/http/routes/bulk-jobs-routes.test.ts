import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ConsoleEvent } from "../../../contract/events.ts";
import { hashPassword } from "../../auth/password.ts";
import { consoleStream } from "../../testing/console-stream.ts";
import { newSessionBody, startTestConsole, type TestConsole } from "../../testing/test-console.ts";

// Bulk closes are every supervisor's business: the recent jobs are listed to any supervisor, their
// progress reaches every supervisor's event stream (counts only, not the failures), and a second
// supervisor can retry the failures of a job someone else started.

let clock = Date.parse("2026-12-02T08:00:00Z");
let c: TestConsole;
let second: string;
beforeEach(async () => {
  c = await startTestConsole({ now: () => clock, as: "supervisor" });
  const user = { username: "li.na", display_name: "李娜", role: "supervisor", operator_id: "op-li", service_id: "80003", disabled: false, demo: false } as const;
  await c.store.users.add({ ...user, password_hash: await hashPassword("li-na-long-password-1") }, clock);
  second = await c.login("li.na", "li-na-long-password-1");
});
afterEach(() => c.close());

const locked = { code: 50, msg: "Remote service error", sub_code: "isv.session-locked", sub_msg: "会话被锁定" };

/** A console's event stream, read until `done` says enough arrived. */
const watch = (cookie: string) => consoleStream(c.url, cookie);

const progress = (events: ConsoleEvent[]) => events.flatMap((e) => (e.type === "bulk.progress" ? [e.job] : []));
const finishedRuns = (events: ConsoleEvent[]) => progress(events).filter((job) => job.status === "finished").length;

describe("recent bulk closes, for every supervisor", () => {
  it("reach a second supervisor's stream live, counts only, and are listed to them; an agent sees neither", async () => {
    for (const sid of ["j1", "j2", "j3"]) await c.request("POST", "/api/sessions", newSessionBody({ sid }));
    const other = watch(second);
    const agent = watch(await c.login("agent", "agent-demo-pass"));
    await Promise.all([other.ready, agent.ready]);

    c.sandbox.faults.add({ method: "alibaba.lyservice.lippi.session.close", kind: "error_response", error: locked });
    const started = await c.request("POST", "/api/board/bulk-close", { reason: "memberIsSilent", sids: ["j1", "j2", "j3"] });
    expect(started.status).toBe(202);
    const seen = progress(await other.until((events) => finishedRuns(events) === 1));
    // Announced before its first close, then one event per settled session, then the end.
    expect(seen[0]).toMatchObject({ id: started.body.id, actor: "supervisor", status: "running", total: 3, done: 0, failed: 0 });
    expect(seen.at(-1)).toMatchObject({ status: "finished", done: 2, failed: 1 });
    expect(seen.every((job) => !("failures" in job))).toBe(true);
    other.stop();

    const listed = await c.requestAs("supervisor", "GET", "/api/board/bulk-close");
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: started.body.id, actor: "supervisor", status: "finished", failed: 1 })]);
    expect(listed.body.items[0]).not.toHaveProperty("failures");
    expect((await c.requestAs("agent", "GET", "/api/board/bulk-close")).status).toBe(403);

    // The agent's stream carried session events only, never a job's progress.
    await c.requestAs("agent", "POST", "/api/sessions", newSessionBody({ sid: "after" }));
    const agentEvents = await agent.until((events) => events.some((e) => e.type === "session.opened" && e.session.sid === "after"));
    expect(agentEvents.filter((e) => e.type === "bulk.progress")).toEqual([]);
    agent.stop();
  });

  it("lets a second supervisor retry the failures of a job someone else started, and every stream sees the new run", async () => {
    for (const sid of ["r1", "r2"]) await c.request("POST", "/api/sessions", newSessionBody({ sid }));
    c.sandbox.faults.add({ method: "alibaba.lyservice.lippi.session.close", kind: "error_response", error: locked, times: 2 });
    const job = (await c.request("POST", "/api/board/bulk-close", { reason: "memberIsSilent", sids: ["r1", "r2"] })).body;
    await c.service.bulkClose.idle();
    const starter = watch(await c.login("supervisor", "supervisor-demo-pass"));
    await starter.ready;

    clock += 60_000;
    const retried = await fetch(`${c.url}/api/board/bulk-close/${job.id}/retry`, {
      method: "POST",
      headers: { cookie: second, "x-requested-with": "lyservice-console", origin: c.url },
    });
    expect(retried.status).toBe(202);
    const seen = progress(await starter.until((events) => finishedRuns(events) === 1));
    expect(seen[0]).toMatchObject({ status: "running", failed: 0, run_started_at: clock });
    expect(seen.at(-1)).toMatchObject({ status: "finished", done: 2, failed: 0, run_started_at: clock });
    starter.stop();
    expect((await c.request("GET", `/api/board/bulk-close/${job.id}`)).body).toMatchObject({ done: 2, failed: 0, failures: [] });
  });

  it("lists the 20 most recent jobs, newest first", async () => {
    await c.request("POST", "/api/sessions", newSessionBody({ sid: "many" }));
    const ids: string[] = [];
    for (let i = 0; i < 22; i++) {
      clock += 1_000;
      ids.push((await c.request("POST", "/api/board/bulk-close", { reason: "memberIsSilent", sids: ["many"] })).body.id);
    }
    await c.service.bulkClose.idle();
    const items = (await c.request("GET", "/api/board/bulk-close")).body.items as Array<{ id: string }>;
    expect(items.map((job) => job.id)).toEqual(ids.slice(2).reverse());
  });
});
