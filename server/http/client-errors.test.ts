import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.ts";
import { createAuthService } from "../auth/auth-service.ts";
import { hashPassword } from "../auth/password.ts";
import { loadConfig } from "../config.ts";
import { createConsoleService } from "../services/console-service.ts";
import { openSqlStore } from "../store/sql/sql-store.ts";

// Requests a client got wrong answer 4xx with the usual error body, and are logged at info without
// a stack or a file path: a missing asset, an undecodable URL, a body that does not inflate.

const webRoot = mkdtempSync(path.join(tmpdir(), "lyc-web-"));
const lines: Array<Record<string, unknown>> = [];
let server: Server;
let url: string;
let cookie: string;
const store = await openSqlStore({ engine: "sqlite", dataDir: ":memory:" });

beforeAll(async () => {
  mkdirSync(path.join(webRoot, "assets"));
  writeFileSync(path.join(webRoot, "index.html"), "<!doctype html><title>t</title>");
  writeFileSync(path.join(webRoot, "assets", "app-1.js"), "export {};");
  const config = loadConfig({});
  const log = pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  const service = createConsoleService({ top: { call: () => Promise.reject(new Error("unused")) }, store, defaults: config.defaults });
  const app = createApp({ config, service, auth: createAuthService(store, config.auth), cookie: { secure: false, maxAgeMs: 1 }, log, webRoot, customer: { store, config: config.visitor } });
  server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await store.users.add(
    { username: "li", display_name: "Li", role: "agent", operator_id: "op", service_id: "svc", password_hash: await hashPassword("lantern orbit kettle"), disabled: false, demo: false },
    Date.now(),
  );
  const login = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-requested-with": "lyservice-console" },
    body: JSON.stringify({ username: "li", password: "lantern orbit kettle" }),
  });
  cookie = login.headers.get("set-cookie")!.split(";")[0]!;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await store.close();
  rmSync(webRoot, { recursive: true, force: true });
});

describe("client errors", () => {
  it.each([
    ["GET", "/assets/missing-1.js", 404],
    ["GET", "/assets/app-1.js.map", 404],
    ["GET", "/assets/%", 400],
    ["GET", "/assets/%E0%A4%A", 400],
    ["GET", "/api/sessions/%E0%A4%A", 400],
    ["GET", "/api/sessions/%E0%A4%A/messages", 400],
  ] as const)("%s %s answers %i with the error body", async (method, target, status) => {
    lines.length = 0;
    const res = await fetch(`${url}${target}`, { method, headers: { cookie } });
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: { code: string; message: string; requestId: string } };
    expect(body.error.requestId).toBe(res.headers.get("x-request-id"));
    expect(body.error.message).not.toContain(webRoot);
    expectQuietLog();
  });

  it.each([
    ["range", { range: "bytes=1000-2000" }, 416, "outside the file"],
    ["if-match", { "if-match": '"not-this-one"' }, 412, "If-Match"],
  ])("an asset request whose %s cannot be met keeps its status (%s)", async (_name, headers, status, words) => {
    lines.length = 0;
    const res = await fetch(`${url}/assets/app-1.js`, { headers: { cookie, ...headers } });
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(words);
    if (status === 416) expect(res.headers.get("content-range")).toBe("bytes */10");
    expectQuietLog();
  });

  it.each([
    ["gzip", "not gzip at all", 400],
    ["deflate", "\u0000\u0001garbage", 400],
    ["br, gzip", "nope", 415],
    ["x-unknown", "{}", 415],
  ])("a body with Content-Encoding %s that does not inflate answers %s", async (encoding, payload, status) => {
    lines.length = 0;
    const res = await fetch(`${url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json", "content-encoding": encoding, "x-requested-with": "lyservice-console" },
      body: payload,
    });
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("validation_failed");
    expectQuietLog();
  });

  it.each([
    ["null", "must be a JSON object"],
    ['"x"', "must be a JSON object"],
    ["5", "must be a JSON object"],
    ["{nope", "not valid JSON"],
  ])("a body of %s is answered 400: %s", async (payload, words) => {
    const res = await fetch(`${url}/api/sessions`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json", "x-requested-with": "lyservice-console" },
      body: payload,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(words);
  });

  it.each(["abc", "bnVsbA", "%00"])("a cursor that is not one the server wrote (%s) is answered 400 naming cursor", async (cursor) => {
    const res = await fetch(`${url}/api/sessions?cursor=${cursor}`, { headers: { cookie } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { fields: Array<{ path: string }> } };
    expect(body.error.fields.map((f) => f.path)).toEqual(["cursor"]);
  });

  it("still reads a well-formed gzip body", async () => {
    const res = await fetch(`${url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json", "content-encoding": "gzip", "x-requested-with": "lyservice-console" },
      body: gzipSync(JSON.stringify({ username: "nobody", password: "x" })),
    });
    expect(res.status).toBe(401);
  });
});

/** Nothing above info, and no stack or absolute path in any line. */
function expectQuietLog() {
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    expect(line.level).toBeLessThanOrEqual(30);
    expect(JSON.stringify(line)).not.toMatch(/"stack"|\bat \w+ \(|node_modules/);
    expect(JSON.stringify(line)).not.toContain(webRoot);
  }
}

describe("a refused sign-in", () => {
  it("is logged with the username and client address, never the password", async () => {
    lines.length = 0;
    await fetch(`${url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-requested-with": "lyservice-console" },
      body: JSON.stringify({ username: "li", password: "guess-number-one" }),
    });
    const line = lines.find((l) => l.msg === "sign-in refused");
    expect(line).toMatchObject({ username: "li", address: "127.0.0.1", status: 401 });
    expect(JSON.stringify(lines)).not.toContain("guess-number-one");
  });
});
