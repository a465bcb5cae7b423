import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { newSessionBody, startTestConsole, type TestConsole } from "../testing/test-console.ts";

// closeSession's outcomes as bulk close and auto-close use them, against the real sandbox. The
// sandbox "forgets" sessions the way a restarted platform would: state.reset() between two creates.

let clock = Date.parse("2026-12-01T08:00:00Z");
let c: TestConsole;
beforeEach(async () => {
  c = await startTestConsole({ now: () => clock, as: "supervisor" });
});
afterEach(() => c.close());

async function openAt(sid: string, minutesAgo: number) {
  const saved = clock;
  clock -= minutesAgo * 60_000;
  await c.request("POST", "/api/sessions", newSessionBody({ sid }));
  clock = saved;
}

/** u1, u2 the platform no longer knows; k1 it does. */
async function forgetSome() {
  await openAt("u1", 120);
  await openAt("u2", 120);
  c.sandbox.state.reset();
  await openAt("k1", 120);
}

describe("closeSession outcomes", () => {
  it("answers closed, already closed (console or platform) and unknown to the platform", async () => {
    await forgetSome();
    const actor = { username: "supervisor", role: "supervisor" as const, operatorId: "op", serviceId: "80003" };
    expect(await c.service.closeSession("k1", { reason: "memberIsSilent" }, actor)).toMatchObject({ outcome: "closed" });
    expect(await c.service.closeSession("k1", { reason: "memberIsSilent" }, actor)).toMatchObject({ outcome: "already_closed", by: "console" });
    const unknown = await c.service.closeSession("u1", { reason: "memberIsSilent" }, actor);
    expect(unknown).toMatchObject({ outcome: "unknown_to_platform", session: { status: "open", unknown_to_platform_at: clock } });
    await openAt("p1", 10);
    c.sandbox.faults.add({ kind: "answer", phase: "after", resultPatch: { success: false, code: "400003", msg: "SESSION_ALREADY_CLOSED" } });
    expect(await c.service.closeSession("p1", { reason: "memberIsSilent" }, actor)).toMatchObject({
      outcome: "already_closed",
      by: "platform",
      session: { status: "closed" },
    });
  });
});

describe("bulk close with sessions the platform no longer knows", () => {
  it("reports n closed, m not known to the platform, k failed, and does not retry the unknown ones", async () => {
    await forgetSome();
    const started = await c.request("POST", "/api/board/bulk-close", { reason: "memberIsSilent", sids: ["u1", "u2", "k1", "ghost"] });
    expect(started.status).toBe(202);
    await c.service.bulkClose.idle();
    const job = (await c.request("GET", `/api/board/bulk-close/${started.body.id}`)).body;
    expect(job).toMatchObject({ status: "finished", total: 4, done: 1, unknown_to_platform: 2, failed: 1 });
    expect(job.failures).toMatchObject([{ sid: "ghost", error: { code: "not_found" } }]);
    for (const sid of ["u1", "u2"]) {
      expect((await c.request("GET", `/api/sessions/${sid}`)).body).toMatchObject({ status: "open", unknown_to_platform_at: clock });
    }
    await c.request("POST", `/api/board/bulk-close/${started.body.id}/retry`);
    await c.service.bulkClose.idle();
    const retried = (await c.request("GET", `/api/board/bulk-close/${started.body.id}`)).body;
    expect(retried).toMatchObject({ done: 1, unknown_to_platform: 2, failed: 1 });
    const closeCalls = (await c.request("GET", "/api/audit?sid=u1&method=alibaba.lyservice.lippi.session.close")).body.items;
    expect(closeCalls).toHaveLength(1);
  });
});

describe("auto-close with sessions the platform no longer knows", () => {
  it("counts them apart, flags them, and leaves them out of later runs", async () => {
    await forgetSome();
    await c.request("PUT", "/api/board/auto-close", { enabled: true, idle_minutes: 60, reason: "memberIsSilent", max_per_run: 10 });
    expect(await c.service.autoClose.runOnce()).toEqual({ closed: 1, unknownToPlatform: 2, failed: 0 });
    expect(await c.service.autoClose.runOnce()).toEqual({ closed: 0, unknownToPlatform: 0, failed: 0 });
    expect((await c.request("GET", "/api/sessions/u2")).body.unknown_to_platform_at).toBe(clock);
  });
});

describe("mark closed", () => {
  it("closes in the console only a session the platform no longer knows, audited with reason and note", async () => {
    await forgetSome();
    const refused = await c.request("POST", "/api/sessions/k1/mark-closed", { reason: "memberIsSilent" });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("conflict");

    const close = await c.request("POST", "/api/sessions/u1/close", { reason: "memberIsSilent" });
    expect(close.status).toBe(410);
    expect(close.body.error).toMatchObject({ code: "session_unknown_to_platform", top: { code: "400002", msg: "SESSION_NOT_FOUND" } });

    const bad = await c.request("POST", "/api/sessions/u1/mark-closed", { reason: "tired" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe("reason");

    const marked = await c.request("POST", "/api/sessions/u1/mark-closed", { reason: "heartBeatBreak", note: "sandbox restarted" });
    expect(marked.body).toMatchObject({ status: "closed", close_reason: "heartBeatBreak", close_note: "sandbox restarted", closed_by: "supervisor" });
    const audit = (await c.request("GET", "/api/audit?sid=u1&outcome=console")).body.items;
    expect(audit).toMatchObject([{ method: "console.session.mark_closed", actor: "supervisor", msg: "heartBeatBreak: sandbox restarted" }]);
    expect((await c.request("POST", "/api/sessions/u1/mark-closed", { reason: "heartBeatBreak" })).status).toBe(409);
  });
});
