import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { newSessionBody, startTestConsole, type TestConsole } from "../../testing/test-console.ts";

// The clock is ours, so "idle for 45 minutes" needs no waiting.
let clock = Date.parse("2026-11-23T08:00:00Z");
let c: TestConsole;
beforeEach(async () => {
  c = await startTestConsole({ now: () => clock, as: "supervisor" });
});
afterEach(() => c.close());

async function openAt(sid: string, minutesAgo: number, channel = "0") {
  const saved = clock;
  clock -= minutesAgo * 60_000;
  await c.request("POST", "/api/sessions", newSessionBody({ sid, channel }));
  clock = saved;
}

describe("GET /api/board/sessions", () => {
  it("lists open sessions longest idle first, filtered on the server, with counts", async () => {
    await openAt("idle-5", 5);
    await openAt("idle-45", 45);
    await openAt("idle-90-app", 90, "1");
    await openAt("closed", 120);
    await c.request("POST", "/api/sessions/closed/close", { reason: "memberIsSilent" });

    const all = (await c.request("GET", "/api/board/sessions")).body;
    expect(all.items.map((s: { sid: string }) => s.sid)).toEqual(["idle-90-app", "idle-45", "idle-5"]);
    expect(all.items[0].idle_ms).toBe(90 * 60_000);
    expect(all.counts).toEqual({ open: 3, matching: 3 });

    const stale = (await c.request("GET", "/api/board/sessions?idle_minutes=30&channel=0")).body;
    expect(stale.items.map((s: { sid: string }) => s.sid)).toEqual(["idle-45"]);
    expect(stale.counts).toEqual({ open: 3, matching: 1 });
    expect((await c.request("GET", "/api/board/sessions?channel=9")).status).toBe(400);
  });
});

describe("bulk close", () => {
  it("closes every session matching the filter, not only a page, and reports progress", async () => {
    for (let i = 0; i < 7; i++) await openAt(`stale-${i}`, 60);
    await openAt("fresh", 1);
    const started = await c.request("POST", "/api/board/bulk-close", { reason: "memberIsSilent", filter: { idle_minutes: 30 } });
    expect(started.status).toBe(202);
    expect(started.body.total).toBe(7);
    await c.service.bulkClose.idle();
    const job = (await c.request("GET", `/api/board/bulk-close/${started.body.id}`)).body;
    expect(job).toMatchObject({ status: "finished", total: 7, done: 7, failed: 0 });
    expect((await c.request("GET", "/api/sessions/fresh")).body.status).toBe("open");
    expect((await c.request("GET", "/api/board/sessions")).body.counts.open).toBe(1);
  });

  it("lists each failure with its TOP error and retries only the failed ones", async () => {
    for (const sid of ["p1", "p2", "p3", "p4", "p5"]) await openAt(sid, 60);
    await c.request("POST", "/api/sessions/p5/close", { reason: "memberIsSilent" }); // already closed counts as done
    c.sandbox.faults.add({
      method: "alibaba.lyservice.lippi.session.close",
      kind: "error_response",
      error: { code: 50, msg: "Remote service error", sub_code: "isv.session-locked", sub_msg: "会话被锁定" },
      times: 2,
    });
    const started = await c.request("POST", "/api/board/bulk-close", { reason: "heartBeatBreak", sids: ["p1", "p2", "p3", "p4", "p5"] });
    await c.service.bulkClose.idle();
    const job = (await c.request("GET", `/api/board/bulk-close/${started.body.id}`)).body;
    expect(job).toMatchObject({ total: 5, done: 3, failed: 2 });
    expect(job.failures).toHaveLength(2);
    expect(job.failures[0].error).toMatchObject({ code: "top_rejected", top: { code: "50", sub_code: "isv.session-locked" } });
    const failedSids = job.failures.map((f: { sid: string }) => f.sid);
    for (const sid of failedSids) expect((await c.request("GET", `/api/sessions/${sid}`)).body.status).toBe("open");

    const closesBefore = c.sandbox.state.snapshot().closes.length;
    expect((await c.request("POST", `/api/board/bulk-close/${job.id}/retry`)).status).toBe(202);
    await c.service.bulkClose.idle();
    const retried = (await c.request("GET", `/api/board/bulk-close/${job.id}`)).body;
    expect(retried).toMatchObject({ status: "finished", done: 5, failed: 0, failures: [] });
    expect(c.sandbox.state.snapshot().closes.length - closesBefore).toBe(2);
  });

  it("needs either sessions or a filter", async () => {
    const res = await c.request("POST", "/api/board/bulk-close", { reason: "memberIsSilent" });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe("sids");
  });
});

describe("auto-close", () => {
  it("is off by default and, when on, closes sessions idle past the threshold, capped per run, in the audit trail", async () => {
    for (const sid of ["a1", "a2", "a3"]) await openAt(sid, 120);
    await openAt("a-fresh", 2);
    expect((await c.service.autoClose.runOnce()).closed).toBe(0);

    const policy = { enabled: true, idle_minutes: 60, reason: "memberIsSilent", max_per_run: 2 };
    expect((await c.request("PUT", "/api/board/auto-close", policy)).body).toEqual(policy);
    expect(await c.service.autoClose.runOnce()).toEqual({ closed: 2, unknownToPlatform: 0, failed: 0 });
    expect(await c.service.autoClose.runOnce()).toEqual({ closed: 1, unknownToPlatform: 0, failed: 0 });
    expect((await c.request("GET", "/api/sessions/a-fresh")).body.status).toBe("open");

    const audit = (await c.request("GET", "/api/audit?actor=auto-close")).body.items;
    expect(audit).toHaveLength(3);
    expect(audit[0]).toMatchObject({ method: "alibaba.lyservice.lippi.session.close", outcome: "ok", actor: "auto-close" });
  });
});

describe("GET /api/audit", () => {
  it("records every TOP call and filters by session, method and outcome", async () => {
    await openAt("audited", 1);
    c.sandbox.faults.add({ method: "alibaba.lyservice.lippi.message.send", kind: "error_response", error: { code: 41, msg: "Invalid arguments", sub_code: "isv.invalid-parameter" } });
    await c.request("POST", "/api/sessions/audited/messages", { message_id: "m-a", type: "TEXT", payload: { text: "x" } });
    const bySession = (await c.request("GET", "/api/audit?sid=audited")).body.items;
    expect(bySession.map((e: { method: string }) => e.method)).toEqual([
      "alibaba.lyservice.lippi.message.send",
      "alibaba.lyservice.lippi.session.create",
    ]);
    const failed = (await c.request("GET", "/api/audit?outcome=platform_refused")).body.items;
    expect(failed[0]).toMatchObject({ top_code: "41", sub_code: "isv.invalid-parameter", request_id: expect.any(String) });
    expect(JSON.stringify(bySession)).not.toMatch(/secret|sign/i);
  });
});
