import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newSessionBody, startTestConsole, type TestConsole } from "../../testing/test-console.ts";

let c: TestConsole;
beforeAll(async () => {
  c = await startTestConsole();
});
afterAll(() => c.close());

describe("POST /api/sessions", () => {
  it("opens a session on the platform with defaults filled in, and records it", async () => {
    const res = await c.request("POST", "/api/sessions", newSessionBody({ sid: "s-open-1" }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ sid: "s-open-1", status: "open", channel: "0", bu_id: "100", service_id: "80003" });
    const platform = c.sandbox.state.snapshot().sessions.find((s) => s.sid === "s-open-1");
    expect(platform?.target).toMatchObject({ session_source: "XSpace", bu_id: "100", service_id: "80003" });
    expect((await c.request("GET", "/api/sessions/s-open-1")).body.sid).toBe("s-open-1");
  });

  it("generates a session id when none is given", async () => {
    const res = await c.request("POST", "/api/sessions", newSessionBody());
    expect(res.status).toBe(201);
    expect(res.body.sid).toMatch(/^s[a-z0-9]+$/);
  });

  it("answers 400 listing each bad field and why", async () => {
    const res = await c.request("POST", "/api/sessions", { source: { channel: "7", session_start_time: "yesterday" }, target: {} });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    const byPath = Object.fromEntries(res.body.error.fields.map((f: { path: string; code: string }) => [f.path, f.code]));
    expect(byPath).toEqual({ "source.channel_uid": "required", "source.channel": "invalid_value", "source.session_start_time": "invalid_type" });
    expect(res.headers.get("x-request-id")).toBe(res.body.error.requestId);
  });

  it("refuses a session id already used in this console, on its field", async () => {
    await c.request("POST", "/api/sessions", newSessionBody({ sid: "s-dup" }));
    const res = await c.request("POST", "/api/sessions", newSessionBody({ sid: "s-dup" }));
    expect(res.status).toBe(409);
    expect(res.body.error.fields[0].path).toBe("source.sid");
  });

  it("keeps nothing when the platform refuses, and passes TOP's codes on for support", async () => {
    c.sandbox.faults.add({
      method: "alibaba.lyservice.lippi.session.create",
      kind: "error_response",
      error: { code: 41, msg: "Invalid arguments", sub_code: "isv.invalid-parameter", sub_msg: "非法参数" },
    });
    const res = await c.request("POST", "/api/sessions", newSessionBody({ sid: "s-refused" }));
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: "top_rejected", top: { code: "41", sub_code: "isv.invalid-parameter", sub_msg: "非法参数" } });
    expect(res.body.error.top.request_id).toMatch(/.+/);
    expect((await c.request("GET", "/api/sessions/s-refused")).status).toBe(404);
  });

  it("lists sessions, most recent activity first, in pages", async () => {
    for (const sid of ["s-page-a", "s-page-b", "s-page-c"]) await c.request("POST", "/api/sessions", newSessionBody({ sid }));
    const first = await c.request("GET", "/api/sessions?limit=2");
    expect(first.body.items.map((s: { sid: string }) => s.sid)).toEqual(["s-page-c", "s-page-b"]);
    const second = await c.request("GET", `/api/sessions?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items[0].sid).toBe("s-page-a");
    expect((await c.request("GET", "/api/sessions?limit=0")).status).toBe(400);
  });
});

describe("POST /api/sessions/:sid/close", () => {
  it("closes with a reason; the session becomes closed with who and why", async () => {
    await c.request("POST", "/api/sessions", newSessionBody({ sid: "s-close" }));
    const res = await c.request("POST", "/api/sessions/s-close/close", { reason: "memberCloseTheSession" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "closed", close_reason: "memberCloseTheSession", closed_by: "agent" });
    expect(c.sandbox.state.snapshot().closes.find((x) => x.sid === "s-close")?.reason).toBe("memberCloseTheSession");
    const again = await c.request("POST", "/api/sessions/s-close/close", { reason: "memberIsSilent" });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("session_closed");
  });

  it("leaves the session open when the close fails, so it can be retried", async () => {
    await c.request("POST", "/api/sessions", newSessionBody({ sid: "s-close-fail" }));
    c.sandbox.faults.add({ method: "alibaba.lyservice.lippi.session.close", kind: "http_status", status: 503, times: 2 });
    const failed = await c.request("POST", "/api/sessions/s-close-fail/close", { reason: "heartBeatBreak" });
    expect(failed.status).toBe(502);
    expect((await c.request("GET", "/api/sessions/s-close-fail")).body.status).toBe("open");
    const retried = await c.request("POST", "/api/sessions/s-close-fail/close", { reason: "heartBeatBreak" });
    expect(retried.body.status).toBe("closed");
  });

  it("counts a close the platform already did as done", async () => {
    await c.request("POST", "/api/sessions", newSessionBody({ sid: "s-closed-elsewhere" }));
    // The first close reaches the platform, but its answer is lost: both tries time out after the fact.
    c.sandbox.faults.add({ method: "alibaba.lyservice.lippi.session.close", kind: "drop", phase: "after", times: 2 });
    expect((await c.request("POST", "/api/sessions/s-closed-elsewhere/close", { reason: "memberIsSilent" })).status).toBe(502);
    const retried = await c.request("POST", "/api/sessions/s-closed-elsewhere/close", { reason: "memberIsSilent" });
    expect(retried.status).toBe(200);
    expect(retried.body.status).toBe("closed");
  });

  it("validates the reason", async () => {
    const res = await c.request("POST", "/api/sessions/s-open-1/close", { reason: "bored" });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toMatchObject({ path: "reason", code: "invalid_value" });
  });
});

describe("the API surface", () => {
  it("answers JSON 404 for unknown routes and unknown sessions", async () => {
    expect((await c.request("GET", "/api/nope")).body.error.code).toBe("not_found");
    expect((await c.request("GET", "/api/sessions/none")).status).toBe(404);
  });

  it("refuses malformed JSON and oversized bodies with the error body", async () => {
    const bad = await c.request("POST", "/api/sessions", "{oops");
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("validation_failed");
    const big = await c.request("POST", "/api/sessions", { source: { summary: "x".repeat(100_000) }, target: {} });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe("payload_too_large");
  });

  it("reports health and the public config without any secret", async () => {
    expect((await c.request("GET", "/api/health")).body).toMatchObject({ status: "ok", mode: "sandbox" });
    const config = await c.request("GET", "/api/config");
    expect(config.body.defaults).toMatchObject({ session_source: "XSpace", bu_id: "100" });
    expect(JSON.stringify(config.body)).not.toContain("secret");
  });
});
