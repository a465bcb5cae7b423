import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicRoutes } from "../app.ts";
import { apiRoutes, concretePath, type RouteInfo } from "../testing/list-routes.ts";
import { newSessionBody, startTestConsole, type TestConsole } from "../testing/test-console.ts";

const routes: RouteInfo[] = apiRoutes();
const isPublic = (r: RouteInfo) => (publicRoutes as readonly string[]).includes(`${r.method} ${r.path}`);
// Quick replies: every signed-in user reads them (the composer's picker), only supervisors change them.
const supervisorOnly = (r: RouteInfo) => /^\/api\/(board|audit)(\/|$)/.test(r.path) || (/^\/api\/quick-replies(\/|$)/.test(r.path) && r.method !== "GET");

let c: TestConsole;
beforeAll(async () => {
  c = await startTestConsole();
});
afterAll(() => c.close());

describe("access control over every route", () => {
  it("finds the routes", () => {
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.filter(isPublic)).toHaveLength(publicRoutes.length);
  });

  it.each(routes.filter((r) => !isPublic(r)).map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s answers 401 without a session",
    async (_name, route) => {
      const res = await c.requestAs("anonymous", route.method, concretePath(route.path), route.method === "GET" ? undefined : {});
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe("unauthenticated");
      expect(res.headers.get("cache-control")).toBe("no-store");
    },
  );

  it.each(routes.filter(supervisorOnly).map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s answers 403 to an agent",
    async (_name, route) => {
      const res = await c.requestAs("agent", route.method, concretePath(route.path), route.method === "GET" ? undefined : {});
      expect(res.status).toBe(403);
      // Every refusal leaves a trace: who, from where, what.
      const audit = await c.store.audit.list({ limit: 1, method: "access.refused" });
      expect(audit.items[0]).toMatchObject({ actor: "agent", address: "127.0.0.1", outcome: "refused", detail: `${route.method} ${concretePath(route.path)} needs supervisor` });
    },
  );

  it.each(routes.filter((r) => r.path.includes(":")).map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s answers 400, not 500, to a malformed percent-encoding in its path",
    async (_name, route) => {
      const res = await c.requestAs("supervisor", route.method, route.path.replace(/:(\w+)/, "%E0%A4%A"), route.method === "GET" ? undefined : {});
      expect(res.status).toBe(400);
      expect(res.body.error.requestId).toEqual(expect.any(String));
    },
  );
});

describe("agents act on their own sessions only", () => {
  it("hides another agent's session and refuses to act on it; a supervisor may", async () => {
    await c.store.users.add(
      { username: "agent2", display_name: "B", role: "agent", operator_id: "op2", service_id: "svc2", password_hash: (await c.store.users.get("agent"))!.password_hash, disabled: false, demo: false },
      Date.now(),
    );
    const other = await c.login("agent2", "agent-demo-pass");
    await c.request("POST", "/api/sessions", newSessionBody({ sid: "s-mine" }));
    const res = await fetch(`${c.url}/api/sessions/s-mine/messages`, {
      method: "POST",
      headers: { cookie: other, "content-type": "application/json", "x-requested-with": "lyservice-console" },
      body: JSON.stringify({ message_id: "m-x", type: "TEXT", payload: { text: "hi" } }),
    });
    expect(res.status).toBe(403);
    const list = await fetch(`${c.url}/api/sessions`, { headers: { cookie: other } });
    expect(((await list.json()) as { items: unknown[] }).items).toEqual([]);
    expect((await c.requestAs("supervisor", "GET", "/api/sessions/s-mine")).status).toBe(200);
  });

  it("fills operator and sender ids from the signed-in user, not from the body", async () => {
    // A body that names another service id is refused outright (the schemas are strict), not obeyed.
    const forged = await c.request("POST", "/api/sessions", { ...newSessionBody({ sid: "s-ids" }), target: { service_id: "someone-else" } });
    expect(forged.status).toBe(400);
    expect((forged.body as { error: { fields: Array<{ path: string }> } }).error.fields.map((f) => f.path)).toEqual(["target.service_id"]);
    expect((await c.request("POST", "/api/sessions", newSessionBody({ sid: "s-ids" }))).status).toBe(201);
    await c.request("POST", "/api/sessions/s-ids/close", { reason: "memberIsSilent", operator_id: "someone-else" });
    const snapshot = c.sandbox.state.snapshot();
    expect(snapshot.sessions.find((s) => s.sid === "s-ids")?.target.service_id).toBe("80003");
    expect(snapshot.closes.find((x) => x.sid === "s-ids")?.operatorId).toBe("demo-agent");
  });
});

describe("CSRF: state-changing requests from our own origin only", () => {
  const post = (headers: Record<string, string>) =>
    fetch(`${c.url}/api/sessions`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(newSessionBody()) });

  it("rejects a cross-origin POST even with a valid cookie", async () => {
    const cookie = await c.login("agent", "agent-demo-pass");
    const res = await post({ cookie, origin: "https://evil.example", "x-requested-with": "lyservice-console" });
    expect(res.status).toBe(403);
  });

  it("rejects a POST without the custom header", async () => {
    const cookie = await c.login("agent", "agent-demo-pass");
    expect((await post({ cookie })).status).toBe(403);
    const sameOrigin = await post({ cookie, origin: c.url, "x-requested-with": "lyservice-console" });
    expect(sameOrigin.status).toBe(201);
  });
});

describe("security headers", () => {
  it("sends a content security policy and no framework fingerprint", async () => {
    const res = await fetch(`${c.url}/api/health`);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(res.headers.get("x-powered-by")).toBeNull();
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    // Images load from the configured media hosts only, never from any https host.
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/img-src 'self' data: https:\/\/\*\.alicdn\.com https:\/\/\*\.dingtalk\.com https:\/\/\*\.aliyuncs\.com;/);
    expect(csp).not.toMatch(/(img|media)-src[^;]* https:(;| )/);
  });
});
