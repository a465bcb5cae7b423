import { get } from "node:http";
import { networkInterfaces } from "node:os";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningSandbox } from "./sandbox.ts";
import { callTop, methods, sampleDtos, startTestSandbox } from "./top-test-client.ts";

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => fetch(`${sandbox.origin}/__sandbox/reset`, { method: "POST", headers: { "content-type": "application/json" } }));

const admin = async (path: string, method = "GET", body?: unknown) => {
  const response = await fetch(`${sandbox.origin}/__sandbox/${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body !== undefined && { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe("/__sandbox/faults", () => {
  it("adds one fault or a list, lists them, and clears them", async () => {
    const one = await admin("faults", "POST", { kind: "http_status", status: 500 });
    expect(one.status).toBe(201);
    await admin("faults", "POST", [{ kind: "garbled", method: methods.send }, { kind: "drop", times: 0 }]);
    const listed = await admin("faults");
    expect((listed.body["faults"] as { spec: { kind: string } }[]).map((f) => f.spec.kind)).toEqual(["http_status", "garbled", "drop"]);

    expect((await callTop(sandbox.url, { method: methods.group })).status).toBe(500);
    expect((await admin("faults", "DELETE")).body).toEqual({ faults: [] });
    expect((await callTop(sandbox.url, { method: methods.group })).status).toBe(200);
  });

  it.each<[string, unknown, string]>([
    ["a body that is not JSON", "{kind:", "not JSON"],
    ["an unknown kind", { kind: "explode" }, "kind"],
    ["a latency without latencyMs", { kind: "latency" }, "latencyMs"],
    ["a misspelt option", { kind: "drop", time: 2 }, "time"],
  ])("answers 400 with a clear message for %s", async (_label, body, hint) => {
    const reply = await admin("faults", "POST", body);
    expect(reply.status).toBe(400);
    expect(reply.body["error"]).toContain(hint);
    expect(sandbox.faults.list()).toEqual([]);
  });
});

describe("/__sandbox/state", () => {
  it("shows sessions, messages with delivery counts, closes and fault counters", async () => {
    await callTop(sandbox.url, { method: methods.create, business: sampleDtos.create("s-1") });
    await callTop(sandbox.url, { method: methods.send, business: sampleDtos.send("s-1", "m-1") });
    await callTop(sandbox.url, { method: methods.send, business: sampleDtos.send("s-1", "m-1") });
    await callTop(sandbox.url, { method: methods.close, business: sampleDtos.close("s-1") });
    await admin("faults", "POST", { kind: "garbled" });
    await callTop(sandbox.url, { method: methods.group });

    const { body } = await admin("state");
    expect(body).toMatchObject({
      sessions: [{ sid: "s-1", status: "closed" }],
      messages: [{ sid: "s-1", messageId: "m-1", deliveries: 2 }],
      closes: [{ sid: "s-1", reason: "memberIsSilent" }],
      groups: [],
      tickets: [],
      totals: { sessions: 1, acceptedSends: 2, distinctMessages: 1, closes: 1 },
      faults: { active: [], counters: { garbled: 1 } },
    });
  });
});

describe("/__sandbox/reset", () => {
  it("forgets state, faults and counters", async () => {
    await callTop(sandbox.url, { method: methods.create, business: sampleDtos.create("s-1") });
    await admin("faults", "POST", [{ kind: "latency", latencyMs: 1 }, { kind: "drop", phase: "after", method: methods.send }]);
    await callTop(sandbox.url, { method: methods.group });
    expect((await admin("reset", "POST")).status).toBe(200);
    expect(sandbox.state.sessions.size).toBe(0);
    expect(sandbox.faults.list()).toEqual([]);
    expect(sandbox.faults.counters().latency).toBe(0);
  });

  it("keeps the armed faults when asked to", async () => {
    await admin("faults", "POST", { kind: "drop" });
    await admin("reset", "POST", { keepFaults: true });
    expect(sandbox.faults.list()).toHaveLength(1);
    expect((await admin("reset", "POST", { keepFaults: "yes" })).status).toBe(400);
  });
});

describe("admin routes are for this machine only", () => {
  it("refuse a cross-origin or text/plain POST, and a foreign Host name", async () => {
    const post = (headers: Record<string, string>) =>
      fetch(`${sandbox.origin}/__sandbox/faults`, { method: "POST", headers, body: JSON.stringify({ kind: "drop" }) });
    expect((await post({ "content-type": "text/plain" })).status).toBe(415);
    expect((await post({ "content-type": "application/json", origin: "https://evil.example" })).status).toBe(403);
    expect((await post({ "content-type": "application/json", "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect(sandbox.faults.list()).toEqual([]);
    expect((await post({ "content-type": "application/json", origin: sandbox.origin })).status).toBe(201);
    // fetch will not set Host; a DNS-rebound page's requests would carry the attacker's name.
    const rebound = await new Promise<number | undefined>((resolve, reject) => {
      get(`${sandbox.origin}/__sandbox/state`, { headers: { host: "attacker.example" } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      }).on("error", reject);
    });
    expect(rebound).toBe(403);
  });

  it("are not served on an address other machines reach", async () => {
    const external = Object.values(networkInterfaces()).flat().find((i) => i && i.family === "IPv4" && !i.internal);
    // Every machine this runs on (developers', CI's) has a network interface besides loopback.
    expect(external).toBeDefined();
    if (!external) return;
    const open = await startTestSandbox({ host: "0.0.0.0" });
    try {
      const port = new URL(open.origin).port;
      expect((await fetch(`http://${external.address}:${port}/__sandbox/state`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${port}/__sandbox/state`)).status).toBe(200);
    } finally {
      await open.close();
    }
  });
});

describe("routing", () => {
  it("answers 404 off the known routes and 405 for a wrong verb", async () => {
    expect((await admin("nothing")).status).toBe(404);
    expect((await admin("state", "DELETE")).status).toBe(405);
    expect((await admin("group-qr/404.json")).status).toBe(404);
    expect((await fetch(`${sandbox.origin}/elsewhere`)).status).toBe(404);
    expect((await fetch(sandbox.url, { method: "PUT" })).status).toBe(405);
  });

  it("refuses a gateway body over 1 MiB with 413", async () => {
    const response = await fetch(sandbox.url, { method: "POST", body: `pad=${"x".repeat(1024 * 1024)}` });
    expect(response.status).toBe(413);
  });
});
