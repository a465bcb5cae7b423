import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningSandbox } from "./sandbox.ts";
import { callTop, errorOf, methods, resultOf, sampleDtos, startTestSandbox } from "./top-test-client.ts";

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  sandbox.state.reset();
  sandbox.faults.clear();
  sandbox.faults.resetCounters();
  await callTop(sandbox.url, { method: methods.create, business: sampleDtos.create("s-1") });
});

const send = (messageId: string, signal?: AbortSignal) =>
  callTop(sandbox.url, { method: methods.send, business: sampleDtos.send("s-1", messageId), ...(signal && { signal }) });
const delivered = (messageId: string) => sandbox.state.message("s-1", messageId) !== undefined;

describe("latency", () => {
  it("delays the answer, then processes normally", async () => {
    sandbox.faults.add({ method: methods.send, kind: "latency", latencyMs: 150 });
    const started = performance.now();
    const reply = await send("m-1");
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(resultOf(reply, methods.send)).toMatchObject({ success: true });
  });

  it("after the state change: the client times out on a message that was delivered", async () => {
    sandbox.faults.add({ method: methods.send, kind: "latency", latencyMs: 2_000, phase: "after" });
    await expect(send("m-1", AbortSignal.timeout(150))).rejects.toThrow();
    expect(delivered("m-1")).toBe(true);
  });
});

describe("answers instead of the call", () => {
  it("error_response: the configured gateway error, with a request_id", async () => {
    const error = { code: 7, msg: "App Call Limited", sub_code: "accesscontrol.limited-by-api-access-count", sub_msg: "This ban will last for 1 more seconds" };
    sandbox.faults.add({ kind: "error_response", error });
    expect(errorOf(await send("m-1"))).toEqual({ ...error, request_id: expect.any(String) });
    expect(delivered("m-1")).toBe(false);
  });

  it("http_status: that status with an HTML body, 503 by default", async () => {
    sandbox.faults.add({ kind: "http_status", status: 502 });
    sandbox.faults.add({ kind: "http_status" });
    const first = await send("m-1");
    const second = await send("m-1");
    expect([first.status, second.status]).toEqual([502, 503]);
    expect(first.text).toContain("<html>");
    expect(delivered("m-1")).toBe(false);
  });

  it("garbled: HTTP 200 whose body is not JSON", async () => {
    sandbox.faults.add({ kind: "garbled" });
    const reply = await send("m-1");
    expect(reply.status).toBe(200);
    expect(reply.text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(reply.text) as unknown).toThrow();
  });

  it("garbled after the state change: a cut answer for a delivered message", async () => {
    sandbox.faults.add({ kind: "garbled", phase: "after" });
    expect((await send("m-1")).body).toBeUndefined();
    expect(delivered("m-1")).toBe(true);
  });

  it("drop: the connection closes without an answer, and nothing happened", async () => {
    sandbox.faults.add({ kind: "drop" });
    await expect(send("m-1")).rejects.toThrow();
    expect(delivered("m-1")).toBe(false);
  });

  it("drop after the state change: no answer, yet the message was delivered", async () => {
    sandbox.faults.add({ kind: "drop", phase: "after" });
    await expect(send("m-1")).rejects.toThrow();
    expect(delivered("m-1")).toBe(true);
  });
});

describe("matching", () => {
  it("times=1 applies once, then calls go through", async () => {
    sandbox.faults.add({ kind: "http_status", times: 1 });
    expect((await send("m-1")).status).toBe(503);
    expect(resultOf(await send("m-1"), methods.send)).toMatchObject({ success: true });
    expect(sandbox.faults.list()).toEqual([]);
  });

  it("times=0 applies until cleared", async () => {
    sandbox.faults.add({ kind: "http_status", times: 0 });
    for (const id of ["m-1", "m-2", "m-3"]) expect((await send(id)).status).toBe(503);
    sandbox.faults.clear();
    expect((await send("m-4")).status).toBe(200);
  });

  it("hits only its method", async () => {
    sandbox.faults.add({ method: methods.close, kind: "http_status" });
    expect((await send("m-1")).status).toBe(200);
    expect((await callTop(sandbox.url, { method: methods.close, business: sampleDtos.close("s-1") })).status).toBe(503);
  });

  it("counts injected faults by kind", async () => {
    sandbox.faults.add({ kind: "http_status", times: 2 });
    sandbox.faults.add({ kind: "garbled" });
    for (const id of ["m-1", "m-2", "m-3", "m-4"]) await send(id);
    expect(sandbox.faults.counters()).toEqual({ latency: 0, error_response: 0, http_status: 2, garbled: 1, drop: 0, answer: 0 });
  });
});

it("arms the faults given at start", async () => {
  const armed = await startTestSandbox({ faults: [{ kind: "error_response", error: { code: 10, msg: "Service Currently Unavailable", sub_code: "isp.service-unavailable" } }] });
  try {
    expect(errorOf(await callTop(armed.url, { method: methods.group })).code).toBe(10);
    expect(resultOf(await callTop(armed.url, { method: methods.group }), methods.group)).toMatchObject({ success: true });
  } finally {
    await armed.close();
  }
});
