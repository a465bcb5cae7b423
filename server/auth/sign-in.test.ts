import { afterEach, describe, expect, it, vi } from "vitest";
import { startTestConsole, type TestConsole } from "../testing/test-console.ts";

let clock = Date.parse("2026-11-23T08:00:00Z");
let c: TestConsole | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await c?.close();
  c = undefined;
});

const login = (console: TestConsole, username: string, password: string) =>
  fetch(`${console.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-requested-with": "lyservice-console" },
    body: JSON.stringify({ username, password }),
  });

describe("sign-in", () => {
  it("sets an httpOnly SameSite cookie, answers who signed in, and signs out", async () => {
    c = await startTestConsole();
    const res = await login(c, "supervisor", "supervisor-demo-pass");
    expect(res.status).toBe(200);
    const setCookie = res.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const body = (await res.json()) as { user: Record<string, unknown> };
    expect(body.user).toEqual({ username: "supervisor", display_name: expect.any(String), role: "supervisor", operator_id: "demo-supervisor" });
    expect(JSON.stringify(body)).not.toMatch(/hash|scrypt|password/i);

    const cookie = setCookie.split(";")[0]!;
    const me = await fetch(`${c.url}/api/auth/me`, { headers: { cookie } });
    expect(((await me.json()) as { user: { username: string } }).user.username).toBe("supervisor");
    await fetch(`${c.url}/api/auth/logout`, { method: "POST", headers: { cookie, "x-requested-with": "lyservice-console" } });
    expect((await fetch(`${c.url}/api/auth/me`, { headers: { cookie } })).status).toBe(401);
  });

  it("answers the same for a wrong password and an unknown user", async () => {
    c = await startTestConsole();
    const wrong = await login(c, "agent", "nope");
    const unknown = await login(c, "nobody", "nope");
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { code: "unauthenticated", message: "Wrong username or password." } });
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toBe("Wrong username or password.");
  });

  it("refuses a disabled account", async () => {
    c = await startTestConsole();
    await c.store.users.setDisabled("agent", true);
    expect((await login(c, "agent", "agent-demo-pass")).status).toBe(401);
  });

  it("ends a session after idle time and after the absolute lifetime", async () => {
    c = await startTestConsole({ now: () => clock, auth: { idleMs: 30 * 60_000, absoluteMs: 2 * 3_600_000 } });
    const cookie = await c.login("agent", "agent-demo-pass");
    const me = () => fetch(`${c!.url}/api/auth/me`, { headers: { cookie } }).then((r) => r.status);
    clock += 29 * 60_000;
    expect(await me()).toBe(200);
    clock += 29 * 60_000; // still within idle time of the last request
    expect(await me()).toBe(200);
    clock += 31 * 60_000; // idle too long
    expect(await me()).toBe(401);

    const second = await c.login("agent", "agent-demo-pass");
    const status = () => fetch(`${c!.url}/api/auth/me`, { headers: { cookie: second } }).then((r) => r.status);
    for (let i = 0; i < 5; i++) {
      clock += 25 * 60_000;
      await status();
    }
    expect(await status()).toBe(401); // 125 minutes in: past the 2-hour absolute lifetime
  });

  it("rate-limits failed sign-ins per account with a clear message, and recovers after the window", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    c = await startTestConsole({ auth: { maxFailuresPerAccount: 3, failureWindowMs: 10 * 60_000 } });
    for (let i = 0; i < 3; i++) expect((await login(c, "agent", "bad")).status).toBe(401);
    const limited = await login(c, "agent", "agent-demo-pass");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("600");
    expect(((await limited.json()) as { error: { message: string } }).error.message).toMatch(/Too many failed sign-ins\. Try again in 10 minute/);
    vi.setSystemTime(Date.now() + 10 * 60_000 + 1);
    expect((await login(c, "agent", "agent-demo-pass")).status).toBe(200);
  });

  it("rate-limits per address across accounts", async () => {
    c = await startTestConsole({ now: () => clock, auth: { maxFailuresPerAddress: 4 } });
    for (const name of ["a", "b", "c", "d"]) await login(c, name, "bad");
    expect((await login(c, "supervisor", "supervisor-demo-pass")).status).toBe(429);
  });

  it("revokes the previous token when the same browser signs in again, and signs out everywhere", async () => {
    c = await startTestConsole();
    const me = (cookie: string) => fetch(`${c!.url}/api/auth/me`, { headers: { cookie } }).then((r) => r.status);
    const first = await c.login("agent", "agent-demo-pass");
    const again = await fetch(`${c.url}/api/auth/login`, {
      method: "POST",
      headers: { cookie: first, "content-type": "application/json", "x-requested-with": "lyservice-console" },
      body: JSON.stringify({ username: "agent", password: "agent-demo-pass" }),
    });
    const second = again.headers.get("set-cookie")!.split(";")[0]!;
    expect(await me(first)).toBe(401);
    expect(await me(second)).toBe(200);

    const elsewhere = await c.login("agent", "agent-demo-pass");
    const out = await fetch(`${c.url}/api/auth/logout-everywhere`, { method: "POST", headers: { cookie: second, "x-requested-with": "lyservice-console" } });
    expect(out.status).toBe(204);
    expect([await me(second), await me(elsewhere)]).toEqual([401, 401]);
    expect((await c.requestAs("supervisor", "GET", "/api/auth/me")).status).toBe(200);
  });
});
