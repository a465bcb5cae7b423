import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { startTestConsole, type TestConsole } from "../testing/test-console.ts";

// Demo accounts (published passwords) must never sign in outside sandbox mode, even when a live
// console is pointed at a store a sandbox run seeded.

let c: TestConsole | undefined;
let dir: string | undefined;
afterEach(async () => {
  await c?.close();
  c = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const login = (console: TestConsole, username: string, password: string) =>
  fetch(`${console.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-requested-with": "lyservice-console" },
    body: JSON.stringify({ username, password }),
  });

describe("demo accounts", () => {
  it("are refused in live mode on a store seeded in sandbox mode, and their sessions end", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "lyc-demo-"));
    c = await startTestConsole({ dataDir: dir });
    expect((await login(c, "supervisor", "supervisor-demo-pass")).status).toBe(200);
    const cookie = await c.login("agent", "agent-demo-pass");
    await c.close();

    c = await startTestConsole({ dataDir: dir, auth: { demoAccounts: false } });
    const refused = await login(c, "supervisor", "supervisor-demo-pass");
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe("Wrong username or password.");
    expect((await fetch(`${c.url}/api/auth/me`, { headers: { cookie } })).status).toBe(401);
    const audit = await c.store.audit.list({ limit: 5, method: "auth.login", outcome: "refused" });
    expect(audit.items[0]).toMatchObject({ actor: "supervisor", detail: "demo account outside sandbox mode", address: "127.0.0.1" });
  });

  it("can be removed from a store, taking their sign-in sessions with them", async () => {
    c = await startTestConsole();
    expect(await c.store.users.removeDemo()).toEqual(["agent", "agent-2", "supervisor"]);
    expect(await c.store.users.count()).toBe(0);
    expect((await c.requestAs("agent", "GET", "/api/auth/me")).status).toBe(401);
  });

  it("never share a default data folder with live mode", () => {
    const live = { TOP_GATEWAY_URL: "https://gw.example.com/router/rest", TOP_APP_KEY: "k", TOP_APP_SECRET: "s", LY_BU_ID: "1", LY_SERVICE_ID: "s", LY_OPERATOR_ID: "o" };
    expect(loadConfig({}).dataDir).toBe("data/sandbox");
    expect(loadConfig(live).dataDir).toBe("data/live");
    expect(loadConfig(live).auth.demoAccounts).toBe(false);
    expect(loadConfig({ DATA_DIR: "/srv/lyc" }).dataDir).toBe("/srv/lyc");
  });

  it("keep sandbox mode on loopback: another HOST is refused with a clear message", () => {
    expect(() => loadConfig({ HOST: "0.0.0.0" })).toThrow(/HOST: sandbox mode listens on loopback only/);
    expect(loadConfig({ HOST: "::1" }).host).toBe("::1");
  });
});
