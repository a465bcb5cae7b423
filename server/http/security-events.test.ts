import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newSessionBody, startTestConsole, type TestConsole } from "../testing/test-console.ts";

// Security events in the audit trail (who, from where, what, outcome; never a password), caching
// of API answers, and the cap on a bulk close by filter.

let c: TestConsole;
beforeAll(async () => {
  c = await startTestConsole({ env: { BULK_CLOSE_MAX: "2" } });
});
afterAll(() => c.close());

const login = (username: string, password: string) =>
  fetch(`${c.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-requested-with": "lyservice-console" },
    body: JSON.stringify({ username, password }),
  });
const auditOf = async (query: string) => (await c.requestAs("supervisor", "GET", `/api/audit?${query}`)).body.items as Array<Record<string, unknown>>;

describe("the audit trail of security events", () => {
  it("records sign-in success and failure, sign-out, and never the password", async () => {
    await login("agent", "wrong-password-xyz");
    const cookie = await c.login("agent", "agent-demo-pass");
    await fetch(`${c.url}/api/auth/logout`, { method: "POST", headers: { cookie, "x-requested-with": "lyservice-console" } });

    const logins = await auditOf("method=auth.login&actor=agent");
    expect(logins[0]).toMatchObject({ outcome: "ok", address: "127.0.0.1" });
    expect(logins.find((e) => e.outcome === "refused")).toMatchObject({ detail: "wrong password", address: "127.0.0.1" });
    expect((await auditOf("method=auth.logout"))[0]).toMatchObject({ actor: "agent", outcome: "ok" });
    const everything = JSON.stringify(await auditOf("limit=200"));
    expect(everything).not.toContain("wrong-password-xyz");
    expect(everything).not.toContain("agent-demo-pass");
  });

  it("records a role refusal and an auto-close policy change, filterable by outcome", async () => {
    expect((await c.requestAs("agent", "GET", "/api/board/sessions")).status).toBe(403);
    const policy = { enabled: true, idle_minutes: 45, reason: "memberIsSilent", max_per_run: 10 };
    expect((await c.requestAs("supervisor", "PUT", "/api/board/auto-close", policy)).status).toBe(200);

    const refused = await auditOf("outcome=refused&method=access.refused");
    expect(refused[0]).toMatchObject({ actor: "agent", detail: "GET /api/board/sessions needs supervisor" });
    expect((await auditOf("method=policy.auto_close"))[0]).toMatchObject({
      actor: "supervisor",
      outcome: "ok",
      detail: "enabled=true idle_minutes=45 reason=memberIsSilent max_per_run=10",
    });
  });
});

describe("API answers", () => {
  it("are never cached: no-store on successes, errors and the event stream alike", async () => {
    for (const [user, method, path] of [
      ["agent", "GET", "/api/sessions"],
      ["agent", "GET", "/api/config"],
      ["anonymous", "GET", "/api/sessions"],
      ["agent", "GET", "/api/nothing-here"],
      ["anonymous", "GET", "/api/health"],
    ] as const) {
      expect((await c.requestAs(user, method, path)).headers.get("cache-control"), path).toBe("no-store");
    }
  });
});

describe("bulk close", () => {
  it("by filter has the same configurable cap as by ids, named in the 400 and published to the console", async () => {
    for (const sid of ["b1", "b2", "b3"]) await c.request("POST", "/api/sessions", newSessionBody({ sid }));
    const byFilter = await c.requestAs("supervisor", "POST", "/api/board/bulk-close", { reason: "memberIsSilent", filter: {} });
    expect(byFilter.status).toBe(400);
    expect(byFilter.body.error.fields).toEqual([{ path: "filter", code: "too_big", message: "at most 2 sessions at once (3 given)" }]);
    const byIds = await c.requestAs("supervisor", "POST", "/api/board/bulk-close", { reason: "memberIsSilent", sids: ["b1", "b2", "b3"] });
    expect(byIds.status).toBe(400);
    expect((await c.request("GET", "/api/sessions/b1")).body.status).toBe("open");
    expect((await c.request("GET", "/api/config")).body.limits).toEqual({ bulk_close_max: 2 });
  });
});
