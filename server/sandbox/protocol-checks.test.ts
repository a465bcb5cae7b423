import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTopTimestamp } from "../top/timestamp.ts";
import type { RunningSandbox } from "./sandbox.ts";
import { callTop, errorOf, methods, resultOf, sampleDtos, startTestSandbox, type TopRequest } from "./top-test-client.ts";

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

const group = (request: Omit<TopRequest, "method"> = {}): TopRequest => ({ method: methods.group, ...request });

async function codeOf(request: TopRequest, target = sandbox) {
  const reply = await callTop(target.url, request);
  expect(reply.status).toBe(200);
  const error = errorOf(reply);
  expect(error.request_id).toMatch(/^[0-9a-z]+$/);
  return error;
}

describe("system parameter checks", () => {
  it.each<[string, number, TopRequest]>([
    ["missing method", 21, group({ system: { method: undefined } })],
    ["unknown method", 22, { method: "taobao.item.seller.get" }],
    ["missing app_key", 28, group({ system: { app_key: undefined } })],
    ["wrong app_key", 29, group({ system: { app_key: "87654321" } })],
    ["missing sign", 24, group({ sign: undefined })],
    ["missing timestamp", 30, group({ system: { timestamp: undefined } })],
    ["unparsable timestamp", 31, group({ system: { timestamp: "2026/01/01 12:00:00" } })],
    ["impossible date", 31, group({ system: { timestamp: "2026-02-31 12:00:00" } })],
    ["timestamp 11 minutes behind", 31, group({ timestamp: new Date(Date.now() - 11 * 60_000) })],
    ["timestamp 11 minutes ahead", 31, group({ timestamp: new Date(Date.now() + 11 * 60_000) })],
    ["missing version", 32, group({ system: { v: undefined } })],
    ["version 1.0", 33, group({ system: { v: "1.0" } })],
    ["format yaml", 23, group({ system: { format: "yaml" } })],
    ["format left to its xml default", 23, group({ system: { format: undefined } })],
    ["wrong signature", 25, group({ sign: "0123456789ABCDEF0123456789ABCDEF" })],
    ["signed with another secret", 25, group({ secret: "not-the-secret" })],
    ["a parameter changed after signing", 25, group({ tamper: { service_communication_request: '{"tenant_id":1}' } })],
  ])("%s → %i", async (_label, code, request) => {
    expect((await codeOf(request)).code).toBe(code);
  });

  it("answers xml with 23 and says only json is supported", async () => {
    const error = await codeOf(group({ system: { format: "xml" } }));
    expect(error).toMatchObject({ code: 23, msg: "Invalid Format", sub_msg: expect.stringContaining("only json") });
  });

  it("rejects an unknown sign_method by name", async () => {
    const error = await codeOf(group({ signMethod: "sha1" }));
    expect(error).toMatchObject({ code: 25, sub_msg: expect.stringContaining("sha1") });
  });

  it("verifies with md5 when sign_method is absent, TOP's default", async () => {
    const reply = await callTop(sandbox.url, group({ system: { sign_method: undefined } }));
    expect(resultOf(reply, methods.group)).toMatchObject({ success: true });
  });

  it("accepts a timestamp within 9 minutes", async () => {
    const reply = await callTop(sandbox.url, group({ timestamp: new Date(Date.now() - 9 * 60_000) }));
    expect(resultOf(reply, methods.group)).toMatchObject({ success: true });
  });
});

describe("the order of checks follows the real gateway", () => {
  it.each<[string, number, TopRequest]>([
    ["method before app_key", 21, group({ system: { method: undefined, app_key: undefined } })],
    ["app_key before sign", 29, group({ system: { app_key: "x" }, sign: undefined })],
    ["sign presence before timestamp", 24, group({ system: { timestamp: "bad" }, sign: undefined })],
    ["timestamp before version", 31, group({ system: { timestamp: "bad", v: "3" } })],
    ["version before format", 33, group({ system: { v: "3", format: "xml" } })],
    ["format before signature", 23, group({ system: { format: "xml" }, sign: "BAD" })],
    ["signature before business parameters", 25, { method: methods.send, business: { ly_open_message_dto: "{" }, sign: "BAD" }],
  ])("%s", async (_label, code, request) => {
    expect((await codeOf(request)).code).toBe(code);
  });
});

describe("the sandbox clock", () => {
  it("judges skew against the now option, not the host clock", async () => {
    const fixed = parseTopTimestamp("2016-01-01 12:00:00");
    if (fixed === undefined) throw new Error("bad fixture");
    const past = await startTestSandbox({ now: () => fixed });
    try {
      expect((await codeOf(group({ timestamp: new Date() }), past)).code).toBe(31);
      const reply = await callTop(past.url, group({ timestamp: new Date(fixed.getTime() + 5 * 60_000) }));
      expect(resultOf(reply, methods.group)).toMatchObject({ success: true });
    } finally {
      await past.close();
    }
  });
});

describe("requireSession", () => {
  let guarded: RunningSandbox;
  beforeAll(async () => {
    guarded = await startTestSandbox({ requireSession: "session-token" });
  });
  afterAll(() => guarded.close());

  it("answers 26 without a session and 27 with another one", async () => {
    expect((await codeOf(group(), guarded)).code).toBe(26);
    expect((await codeOf(group({ system: { session: "other" } }), guarded)).code).toBe(27);
  });

  it("accepts the configured session, which is signed like any parameter", async () => {
    const reply = await callTop(guarded.url, { method: methods.create, business: sampleDtos.create("s"), system: { session: "session-token" } });
    expect(resultOf(reply, methods.create)).toMatchObject({ success: true });
  });
});
