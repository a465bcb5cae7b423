import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { topCalls } from "../../contract/top-calls.ts";
import { newSessionBody, startTestConsole, type TestConsole } from "../testing/test-console.ts";

// The audit trail says what a failed TOP call means, decided where the entry is written (audited-top):
// the platform answering no (code 15 isv.session-locked, result.success=false) is "refused by the
// platform"; the call limit is its own; a 5xx, a timeout or a dropped connection is a "gateway error"
// with which one in `detail`. Each case here goes through the real client against the sandbox.

const close = topCalls.closeSession.method;
const send = topCalls.sendMessage.method;
let c: TestConsole;
beforeEach(async () => {
  // One attempt and a short timeout, so a fault is the call's outcome and nothing waits long.
  c = await startTestConsole({ as: "supervisor", client: { maxAttempts: 1, timeoutMs: 300 } });
});
afterEach(() => c.close());

async function lastAudit(sid: string, method: string) {
  const items = (await c.request("GET", `/api/audit?sid=${sid}&method=${method}`)).body.items;
  return items[0];
}

describe("audit outcome classes", () => {
  it("code 15 isv.session-locked is refused by the platform, not a gateway error", async () => {
    await c.request("POST", "/api/sessions", newSessionBody({ sid: "locked" }));
    c.sandbox.faults.add({ method: close, kind: "error_response", error: { code: 15, msg: "Remote service error", sub_code: "isv.session-locked", sub_msg: "会话被锁定" } });
    expect((await c.request("POST", "/api/sessions/locked/close", { reason: "memberIsSilent" })).status).toBe(422);
    expect(await lastAudit("locked", close)).toMatchObject({ outcome: "platform_refused", top_code: "15", sub_code: "isv.session-locked", sub_msg: "会话被锁定" });
    const refused = (await c.request("GET", "/api/audit?outcome=platform_refused")).body.items;
    expect(refused.map((e: { sid: string }) => e.sid)).toContain("locked");
    expect((await c.request("GET", "/api/audit?outcome=gateway_error")).body.items).toEqual([]);
  });

  it("a business failure the platform answered (already closed) is refused by the platform", async () => {
    await c.request("POST", "/api/sessions", newSessionBody({ sid: "gone" }));
    c.sandbox.faults.add({ method: close, kind: "answer", phase: "after", resultPatch: { success: false, code: "400003", msg: "SESSION_ALREADY_CLOSED" } });
    await c.request("POST", "/api/sessions/gone/close", { reason: "memberIsSilent" });
    expect(await lastAudit("gone", close)).toMatchObject({ outcome: "platform_refused", top_code: "400003" });
  });

  it("an HTTP 503 from the gateway is a gateway error (transport)", async () => {
    await c.request("POST", "/api/sessions", newSessionBody({ sid: "down" }));
    c.sandbox.faults.add({ method: send, kind: "http_status", status: 503 });
    expect((await c.request("POST", "/api/sessions/down/messages", { message_id: "m-503", type: "TEXT", payload: { text: "x" } })).status).toBe(502);
    expect(await lastAudit("down", send)).toMatchObject({ outcome: "gateway_error", detail: "transport" });
  });

  it("no answer in time is a gateway error (timeout)", async () => {
    await c.request("POST", "/api/sessions", newSessionBody({ sid: "slow" }));
    c.sandbox.faults.add({ method: send, kind: "latency", latencyMs: 1_500 });
    expect((await c.request("POST", "/api/sessions/slow/messages", { message_id: "m-slow", type: "TEXT", payload: { text: "x" } })).status).toBe(504);
    expect(await lastAudit("slow", send)).toMatchObject({ outcome: "gateway_error", detail: "timeout" });
  });

  it("the platform's own fault (isp.*) is a gateway error, the call limit is flow control", async () => {
    await c.request("POST", "/api/sessions", newSessionBody({ sid: "isp" }));
    c.sandbox.faults.add({ method: send, kind: "error_response", error: { code: 15, msg: "Remote service error", sub_code: "isp.service-unavailable" } });
    await c.request("POST", "/api/sessions/isp/messages", { message_id: "m-isp", type: "TEXT", payload: { text: "x" } });
    expect(await lastAudit("isp", send)).toMatchObject({ outcome: "gateway_error", detail: "provider_fault", sub_code: "isp.service-unavailable" });
    c.sandbox.faults.add({ method: send, kind: "error_response", error: { code: 7, msg: "App Call Limited", sub_msg: "This ban will last for 1 more seconds" } });
    await c.request("POST", "/api/sessions/isp/messages", { message_id: "m-limit", type: "TEXT", payload: { text: "x" } });
    expect(await lastAudit("isp", send)).toMatchObject({ outcome: "flow_control", top_code: "7" });
  });
});
