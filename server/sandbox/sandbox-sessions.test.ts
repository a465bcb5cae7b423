import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { businessCodes } from "../top/business-codes.ts";
import type { RunningSandbox } from "./sandbox.ts";
import { callTop, methods, resultOf, sampleDtos, startTestSandbox } from "./top-test-client.ts";

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.state.reset());

const create = async (sid: string) => resultOf(await callTop(sandbox.url, { method: methods.create, business: sampleDtos.create(sid) }), methods.create);
const send = async (sid: string, messageId: string) =>
  resultOf(await callTop(sandbox.url, { method: methods.send, business: sampleDtos.send(sid, messageId) }), methods.send);
const close = async (sid: string) => resultOf(await callTop(sandbox.url, { method: methods.close, business: sampleDtos.close(sid) }), methods.close);
const failureOf = (code: { code: string; msg: string }) => ({ success: false, code: code.code, msg: code.msg });

describe("session.create", () => {
  it("registers the session under source.sid", async () => {
    await create("s-1");
    expect(sandbox.state.sessions.get("s-1")).toMatchObject({ status: "open", target: { service_id: "svc-1" } });
  });

  it("answers a retry of an open session exactly like the first call", async () => {
    const first = await create("s-1");
    expect(await create("s-1")).toEqual(first);
    expect(sandbox.state.sessions.size).toBe(1);
  });

  it("refuses to reopen a closed sid", async () => {
    await create("s-1");
    await close("s-1");
    expect(await create("s-1")).toEqual(failureOf(businessCodes.sessionExists));
  });
});

describe("message.send", () => {
  it("fails inside the envelope for an unknown sid", async () => {
    expect(await send("nobody", "m-1")).toEqual(failureOf(businessCodes.sessionNotFound));
    expect(sandbox.state.deliveryTotals().distinctMessages).toBe(0);
  });

  it("fails for a closed session", async () => {
    await create("s-1");
    await close("s-1");
    expect(await send("s-1", "m-1")).toEqual(failureOf(businessCodes.sessionClosed));
  });

  it("gives each new message its own numeric platform id", async () => {
    await create("s-1");
    const a = await send("s-1", "m-1");
    const b = await send("s-1", "m-2");
    expect(a["data"]).toMatch(/^\d+$/);
    expect(b["data"]).not.toBe(a["data"]);
  });

  it("records a repeated message_id once and answers it identically", async () => {
    await create("s-1");
    const first = await send("s-1", "m-1");
    const retry = await send("s-1", "m-1");
    expect(retry).toEqual(first);
    expect(sandbox.state.message("s-1", "m-1")?.deliveries).toBe(2);
    expect(sandbox.state.deliveryTotals()).toEqual({ acceptedSends: 2, distinctMessages: 1 });
  });

  it("still answers a retry of a delivered message after the session closed", async () => {
    await create("s-1");
    const first = await send("s-1", "m-1");
    await close("s-1");
    expect(await send("s-1", "m-1")).toEqual(first);
  });

  it("keeps message ids apart per session", async () => {
    await create("s-1");
    await create("s-2");
    await send("s-1", "m-1");
    await send("s-2", "m-1");
    expect(sandbox.state.deliveryTotals()).toEqual({ acceptedSends: 2, distinctMessages: 2 });
  });
});

describe("session.close", () => {
  it("closes with reason and operator", async () => {
    await create("s-1");
    expect(await close("s-1")).toEqual({ success: true, code: "200" });
    expect(sandbox.state.sessions.get("s-1")?.status).toBe("closed");
    expect(sandbox.state.closes).toEqual([expect.objectContaining({ sid: "s-1", reason: "memberIsSilent", operatorId: "op-1" })]);
  });

  it("answers sessionNotFound for an unknown sid and sessionClosed the second time", async () => {
    expect(await close("nobody")).toEqual(failureOf(businessCodes.sessionNotFound));
    await create("s-1");
    await close("s-1");
    expect(await close("s-1")).toEqual(failureOf(businessCodes.sessionClosed));
    expect(sandbox.state.closes).toHaveLength(1);
  });
});
