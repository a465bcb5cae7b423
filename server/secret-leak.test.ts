import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import { createAuthService } from "./auth/auth-service.ts";
import { hashPassword } from "./auth/password.ts";
import { loadConfig } from "./config.ts";
import { createLogger } from "./logger.ts";
import { type RunningSandbox, startSandbox } from "./sandbox/sandbox.ts";
import { createConsoleService } from "./services/console-service.ts";
import { openSqlStore } from "./store/sql/sql-store.ts";
import { TopClient } from "./top/client.ts";

// The TOP app secret must never reach a response, a log line or the browser bundle. A unique secret
// is configured, the console is driven through successes and every kind of failure with logs at
// trace level, and everything it said, plus a fresh build of the web app, is searched for it.

const SECRET = `leak-canary-${Date.now().toString(36)}-secret`;
const root = path.resolve(import.meta.dirname, "..");
let sandbox: RunningSandbox;
const logLines: string[] = [];
const responses: string[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ appKey: "10000001", appSecret: SECRET });
});
afterAll(() => sandbox.close());

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe("the TOP app secret", () => {
  it("appears in no response and no log line", async () => {
    const config = loadConfig({ TOP_GATEWAY_URL: sandbox.url, TOP_APP_KEY: "10000001", TOP_APP_SECRET: SECRET, LY_BU_ID: "100", LY_SERVICE_ID: "80003", LY_OPERATOR_ID: "op" });
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    const log = createLogger("trace", sink);
    const store = await openSqlStore({ engine: "sqlite", dataDir: ":memory:" });
    const top = new TopClient({ gatewayUrl: sandbox.url, appKey: "10000001", appSecret: SECRET, signMethod: "md5", timeoutMs: 300, maxAttempts: 2, retryBaseMs: 1, log });
    const service = createConsoleService({ top, store, defaults: config.defaults });
    // A real account: this console is in live mode, where demo accounts cannot sign in.
    const supervisor = { username: "zhou.min", password: "lantern orbit kettle 7" };
    await store.users.add(
      { username: supervisor.username, display_name: "Zhou Min", role: "supervisor", operator_id: "op-1", service_id: "80003", password_hash: await hashPassword(supervisor.password), disabled: false, demo: false },
      Date.now(),
    );
    const app = createApp({ config, service, auth: createAuthService(store, config.auth), cookie: { secure: false, maxAgeMs: 60_000 }, log, customer: { store, config: config.visitor } });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const call = async (method: string, p: string, body?: unknown, cookie = "") => {
      const res = await fetch(url + p, {
        method,
        headers: { "content-type": "application/json", "x-requested-with": "lyservice-console", cookie },
        body: body === undefined ? null : JSON.stringify(body),
      });
      const text = await res.text();
      responses.push(`${JSON.stringify([...res.headers])}\n${text}`);
      return res;
    };
    const login = await call("POST", "/api/auth/login", supervisor);
    const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
    await call("POST", "/api/sessions", { source: { sid: "leak", channel: "0", channel_uid: "u" }, target: {} }, cookie);
    await call("POST", "/api/sessions/leak/messages", { message_id: "m1", type: "TEXT", payload: { text: "hi" } }, cookie);
    for (const kind of ["garbled", "drop", "http_status"] as const) {
      sandbox.faults.add({ kind, times: 2 });
      await call("POST", "/api/sessions/leak/messages", { message_id: `m-${kind}`, type: "TEXT", payload: { text: "hi" } }, cookie);
    }
    sandbox.faults.add({ kind: "error_response", error: { code: 25, msg: "Invalid signature" } });
    await call("POST", "/api/groups", { sid: "leak" }, cookie);
    await call("POST", "/api/sessions", { source: {}, target: {} }, cookie);
    await call("GET", "/api/config", undefined, cookie);
    await call("GET", "/api/audit", undefined, cookie);
    await call("POST", "/api/sessions/leak/close", { reason: "memberIsSilent" }, cookie);
    server.closeAllConnections();
    server.close();
    await store.close();

    expect(responses.length).toBeGreaterThan(10);
    expect(logLines.length).toBeGreaterThan(10);
    for (const text of [...responses, ...logLines]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toMatch(/"sign"\s*:\s*"[0-9A-F]{32,}"/);
      expect(text).not.toMatch(/scrypt\$/);
    }
  });

  it("appears in no file of the built web bundle", () => {
    const outDir = mkdtempSync(path.join(tmpdir(), "web-bundle-"));
    try {
      // Built with the secret in the environment: a `define` or env leak would inline it.
      execFileSync(process.execPath, [path.join(root, "node_modules/vite/bin/vite.js"), "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "error"], {
        cwd: root,
        env: { ...process.env, TOP_APP_SECRET: SECRET, VITE_TOP_APP_SECRET: SECRET },
        stdio: "pipe",
      });
      const files = filesUnder(outDir);
      expect(files.some((f) => f.endsWith(".js"))).toBe(true);
      for (const file of files) expect(readFileSync(file, "utf8"), file).not.toContain(SECRET);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 180_000);
});
