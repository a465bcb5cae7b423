import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { topCalls } from "../../contract/top-calls.ts";
import type { FaultSpec } from "../sandbox/fault-spec.ts";
import { newSessionBody, startTestConsole, type TestConsole } from "../testing/test-console.ts";

// A call the platform answered is never sent again because of its answer's shape. Each odd answer is
// injected after the sandbox's state change, with no limit on how often it applies, so the fault's
// `applied` count is the number of times the client sent the call: it must be exactly one.

let c: TestConsole;
beforeAll(async () => {
  c = await startTestConsole({ client: { retryBaseMs: 1 } });
});
afterAll(() => c.close());
afterEach(() => c.sandbox.faults.clear());

const method = (name: keyof typeof topCalls) => topCalls[name].method;

function answerOnce(spec: Omit<FaultSpec, "times">) {
  const fault = c.sandbox.faults.add({ ...spec, times: 0 });
  return { sends: () => c.sandbox.faults.list().find((f) => f.id === fault.id)?.applied ?? 0 };
}

async function lastAudit(sid: string, call: keyof typeof topCalls) {
  const items = (await c.requestAs("supervisor", "GET", `/api/audit?sid=${sid}&method=${method(call)}`)).body.items;
  return items[0];
}

const text = (messageId: string, words: string) => ({ message_id: messageId, type: "TEXT", payload: { text: words } });

describe("odd but successful answers are accepted once", () => {
  it("session.create answering a numeric code and an unknown field", async () => {
    const fault = answerOnce({ method: method("createSession"), kind: "answer", phase: "after", resultPatch: { code: 200, trace_id: "t-1" } });
    const res = await c.request("POST", "/api/sessions", newSessionBody({ sid: "odd-create" }));
    expect(res.status).toBe(201);
    expect(fault.sends()).toBe(1);
    expect(await lastAudit("odd-create", "createSession")).toMatchObject({ outcome: "ok", top_code: "200", request_id: expect.any(String) });
  });

  it("message.send answering a numeric data and msg: delivered once, marked sent with the request_id", async () => {
    await c.request("POST", "/api/sessions", newSessionBody({ sid: "odd-send" }));
    const fault = answerOnce({ method: method("sendMessage"), kind: "answer", phase: "after", resultPatch: { code: 200, msg: 7, data: 98765 } });
    const res = await c.request("POST", "/api/sessions/odd-send/messages", text("m-odd", "在吗"));
    expect(res.body).toMatchObject({ status: "sent", top_message_id: "98765" });
    expect(fault.sends()).toBe(1);
    expect(c.sandbox.state.message("odd-send", "m-odd")?.deliveries).toBe(1);
    const audit = await lastAudit("odd-send", "sendMessage");
    expect(audit).toMatchObject({ outcome: "ok", top_code: "200", msg: "7" });
    expect(res.body.top_request_id).toBe(audit.request_id);
  });

  it("session.close answering extra nested fields", async () => {
    await c.request("POST", "/api/sessions", newSessionBody({ sid: "odd-close" }));
    const fault = answerOnce({ method: method("closeSession"), kind: "answer", phase: "after", resultPatch: { code: 200, detail: { a: [1] } } });
    const res = await c.request("POST", "/api/sessions/odd-close/close", { reason: "memberIsSilent" });
    expect(res.body).toMatchObject({ status: "closed" });
    expect(fault.sends()).toBe(1);
  });

  it("group.communication answering an unknown account_type and no group_link: shown as returned", async () => {
    await c.request("POST", "/api/sessions", newSessionBody({ sid: "odd-group" }));
    const groupsBefore = c.sandbox.state.groups.size;
    const fault = answerOnce({
      method: method("groupCommunication"),
      kind: "answer",
      phase: "after",
      resultPatch: { code: 200, data: { account_type: "3", group_link: null, invite_code: "ABC" } },
    });
    const res = await c.request("POST", "/api/groups", { sid: "odd-group" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ account_type: 3, group_qr_code: expect.any(String), other_fields: { invite_code: "ABC" } });
    expect(res.body.group_link).toBeUndefined();
    expect(res.body.top).toMatchObject({ code: "200", request_id: expect.any(String) });
    expect(fault.sends()).toBe(1);
    expect(c.sandbox.state.groups.size).toBe(groupsBefore + 1);
    expect((await c.request("GET", "/api/sessions/odd-group")).body.group).toMatchObject({ account_type: 3 });
  });

  it("ticket.save answering system_time as a number", async () => {
    await c.request("POST", "/api/sessions", newSessionBody({ sid: "odd-ticket" }));
    const group = (await c.request("POST", "/api/groups", { sid: "odd-ticket" })).body;
    const fault = answerOnce({ method: method("saveGroupTicket"), kind: "answer", phase: "after", resultPatch: { system_time: 20220903 } });
    const res = await c.request("POST", "/api/group-tickets", {
      sid: "odd-ticket",
      case_id: "77",
      open_conversation_id: group.open_conversation_id,
      user_identify: group.user_identify,
    });
    expect(res.status).toBe(201);
    expect(res.body.system_time).toBe("20220903");
    expect(fault.sends()).toBe(1);
  });
});

describe("answers that cannot be read are failures, never resent, with the platform's ids", () => {
  it("a success envelope without a readable success flag: 502 unreadable, request_id in the body and the audit", async () => {
    await c.request("POST", "/api/sessions", newSessionBody({ sid: "odd-unreadable" }));
    const fault = answerOnce({ method: method("sendMessage"), kind: "answer", phase: "after", resultPatch: { success: "maybe", code: 200 } });
    const res = await c.request("POST", "/api/sessions/odd-unreadable/messages", text("m-unreadable", "在吗"));
    expect(res.status).toBe(502);
    expect(res.body.error).toMatchObject({ code: "top_unreadable_answer", top: { code: "200", request_id: expect.any(String) } });
    expect(fault.sends()).toBe(1);
    expect(c.sandbox.state.message("odd-unreadable", "m-unreadable")?.deliveries).toBe(1);
    const audit = await lastAudit("odd-unreadable", "sendMessage");
    expect(audit).toMatchObject({ outcome: "gateway_error", detail: "unreadable", top_code: "200", request_id: res.body.error.top.request_id });
    const stored = (await c.request("GET", "/api/sessions/odd-unreadable/messages")).body.items[0];
    expect(stored.error).toMatchObject({ code: "top_unreadable_answer", top: { request_id: res.body.error.top.request_id } });
  });

  it("an error_response whose code is a JSON string: read, with sub_code and sub_msg, in the body and the audit", async () => {
    await c.request("POST", "/api/sessions", newSessionBody({ sid: "odd-error" }));
    const fault = answerOnce({
      method: method("closeSession"),
      kind: "error_response",
      error: { code: "41", msg: "Invalid arguments", sub_code: "isv.invalid-parameter:reason", sub_msg: "关闭原因不合法" },
    });
    const res = await c.request("POST", "/api/sessions/odd-error/close", { reason: "memberIsSilent" });
    expect(res.status).toBe(422);
    expect(res.body.error.top).toMatchObject({ code: "41", msg: "Invalid arguments", sub_code: "isv.invalid-parameter:reason", sub_msg: "关闭原因不合法" });
    expect(res.body.error.top.request_id).toEqual(expect.any(String));
    expect(fault.sends()).toBe(1);
    const audit = await lastAudit("odd-error", "closeSession");
    expect(audit).toMatchObject({ outcome: "platform_refused", top_code: "41", sub_code: "isv.invalid-parameter:reason", sub_msg: "关闭原因不合法" });
    expect(audit.request_id).toBe(res.body.error.top.request_id);
  });

  it("a whole body of another shape (JSON, but neither envelope): unreadable, not resent", async () => {
    await c.request("POST", "/api/sessions", newSessionBody({ sid: "odd-body" }));
    const fault = answerOnce({ method: method("closeSession"), kind: "answer", phase: "after", body: '{"result":{"success":true},"request_id":"r-x"}' });
    const res = await c.request("POST", "/api/sessions/odd-body/close", { reason: "memberIsSilent" });
    expect(res.status).toBe(502);
    expect(res.body.error.code).toBe("top_unreadable_answer");
    expect(fault.sends()).toBe(1);
  });
});
