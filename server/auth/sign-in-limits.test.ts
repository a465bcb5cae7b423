import { afterEach, describe, expect, it, vi } from "vitest";
import { startTestConsole, type TestConsole } from "../testing/test-console.ts";

// The sign-in limits under attack: parallel guesses, several addresses behind a trusted proxy, an
// account-wide ceiling that slows instead of locking, and the bound on concurrent password checks.

let c: TestConsole | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await c?.close();
  c = undefined;
});

const login = (console: TestConsole, username: string, password: string, from?: string) =>
  fetch(`${console.url}/api/auth/login`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-requested-with": "lyservice-console",
      ...(from ? { "x-forwarded-for": from } : {}),
    },
    body: JSON.stringify({ username, password }),
  });

describe("sign-in limits", () => {
  it("evaluates at most the limit's guesses of 100 sent at once, and refuses the right password among them", async () => {
    c = await startTestConsole({ auth: { maxFailuresPerAccount: 5, maxFailuresPerAddress: 1_000 } });
    const guesses = Array.from({ length: 99 }, (_, i) => login(c!, "supervisor", `guess-${i}`));
    guesses.push(login(c, "supervisor", "supervisor-demo-pass"));
    const statuses = (await Promise.all(guesses)).map((r) => r.status);
    expect(statuses.filter((s) => s !== 429)).toHaveLength(5);
    expect(statuses.filter((s) => s === 200)).toHaveLength(0);
    expect(statuses.at(-1)).toBe(429);
    const refused = await c.store.audit.list({ limit: 200, method: "auth.login", actor: "supervisor" });
    expect(refused.items.filter((e) => e.detail === "wrong password")).toHaveLength(5);
  });

  it("counts per account and address: guesses from one address do not lock the account for another", async () => {
    c = await startTestConsole({ env: { TRUST_PROXY: "loopback" }, auth: { maxFailuresPerAccount: 3 } });
    for (let i = 0; i < 3; i++) expect((await login(c, "supervisor", "bad", "203.0.113.7")).status).toBe(401);
    expect((await login(c, "supervisor", "supervisor-demo-pass", "203.0.113.7")).status).toBe(429);
    expect((await login(c, "supervisor", "supervisor-demo-pass", "198.51.100.20")).status).toBe(200);
  });

  it("without TRUST_PROXY ignores X-Forwarded-For, so an attacker cannot pick a fresh address per guess", async () => {
    c = await startTestConsole({ auth: { maxFailuresPerAccount: 3 } });
    for (let i = 0; i < 3; i++) expect((await login(c, "agent", "bad", `203.0.113.${i}`)).status).toBe(401);
    expect((await login(c, "agent", "agent-demo-pass", "198.51.100.99")).status).toBe(429);
  });

  it("with TRUST_PROXY counts the real client per address, so one attacker behind the proxy does not lock out everyone", async () => {
    c = await startTestConsole({ env: { TRUST_PROXY: "1" }, auth: { maxFailuresPerAddress: 4 } });
    for (const name of ["a", "b", "c", "d"]) await login(c, name, "bad", "203.0.113.66");
    expect((await login(c, "agent", "agent-demo-pass", "203.0.113.66")).status).toBe(429);
    expect((await login(c, "agent", "agent-demo-pass", "198.51.100.5")).status).toBe(200);
    const entry = (await c.store.audit.list({ limit: 1, method: "auth.login", outcome: "ok" })).items[0];
    expect(entry?.address).toBe("198.51.100.5");
  });

  it("past the account-wide ceiling, spaces guesses by a growing delay instead of locking the account", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    c = await startTestConsole({ env: { TRUST_PROXY: "loopback" }, auth: { maxFailuresPerAccount: 2, accountCeiling: 4 } });
    const from = (i: number) => `203.0.113.${i}`;
    for (let i = 0; i < 4; i++) expect((await login(c, "supervisor", "bad", from(i))).status).toBe(401);
    expect((await login(c, "supervisor", "bad", from(10))).status).toBe(401); // first past the ceiling: 1 s
    const slowed = await login(c, "supervisor", "supervisor-demo-pass", from(11));
    expect(slowed.status).toBe(429);
    expect(slowed.headers.get("retry-after")).toBe("1");
    vi.setSystemTime(Date.now() + 1_100);
    expect((await login(c, "supervisor", "bad", from(12))).status).toBe(401); // next delay: 2 s
    vi.setSystemTime(Date.now() + 1_100);
    expect((await login(c, "supervisor", "supervisor-demo-pass", from(13))).headers.get("retry-after")).toBe("1");
    vi.setSystemTime(Date.now() + 1_000);
    expect((await login(c, "supervisor", "supervisor-demo-pass", from(14))).status).toBe(200);
  });

  it("runs a bounded number of password checks at once and answers 503 with Retry-After past a short queue", async () => {
    c = await startTestConsole({ env: { TRUST_PROXY: "loopback" }, auth: { passwordChecks: 1, passwordQueue: 2 } });
    const statuses = (await Promise.all(Array.from({ length: 12 }, (_, i) => login(c!, `user${i}`, "bad", `203.0.113.${i}`)))).map(
      (r) => [r.status, r.headers.get("retry-after")] as const,
    );
    const busy = statuses.filter(([s]) => s === 503);
    expect(busy.length).toBeGreaterThan(0);
    expect(busy.every(([, retry]) => retry === "1")).toBe(true);
    expect(statuses.filter(([s]) => s === 401).length).toBeLessThanOrEqual(12 - busy.length);
    // A refused-as-busy guess was never evaluated, so it does not count against the account.
    expect((await login(c, "agent", "agent-demo-pass", "203.0.113.1")).status).toBe(200);
  });
});
