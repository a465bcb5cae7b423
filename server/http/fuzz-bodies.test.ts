import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiRoutes, concretePath } from "../testing/list-routes.ts";
import { newSessionBody, startTestConsole, type TestConsole } from "../testing/test-console.ts";

// Malformed bodies thrown at every state-changing route, as a signed-in supervisor (who may call
// them all): the BFF never answers 500, never crashes, and writes nothing for a body it refuses.

let c: TestConsole;
let routes: Array<{ method: string; path: string }>;
beforeAll(async () => {
  c = await startTestConsole({ as: "supervisor" });
  await c.request("POST", "/api/sessions", newSessionBody({ sid: "fuzz" }));
  routes = apiRoutes().filter((r) => r.method !== "GET" && !r.path.startsWith("/api/auth/logout"));
});
afterAll(() => c.close());

/** Bodies near the real shapes (so validation goes deep) and plain garbage. */
const nearMiss = fc.record(
  {
    source: fc.oneof(fc.constant(undefined), fc.jsonValue(), fc.record({ channel: fc.string(), channel_uid: fc.jsonValue(), sid: fc.jsonValue() })),
    target: fc.oneof(fc.jsonValue(), fc.record({ bu_id: fc.jsonValue() })),
    reason: fc.oneof(fc.string(), fc.jsonValue()),
    message_id: fc.oneof(fc.string(), fc.integer()),
    type: fc.oneof(fc.constantFrom("TEXT", "LINK", "ACTION_CARD", "MSG_READ", "RICH_TEXT"), fc.string()),
    payload: fc.oneof(fc.jsonValue(), fc.record({ text: fc.jsonValue(), readTime: fc.jsonValue(), buttons: fc.jsonValue(), richText: fc.jsonValue() }, { requiredKeys: [] })),
    sender_type: fc.oneof(fc.constant("1"), fc.jsonValue()),
    sids: fc.oneof(fc.array(fc.jsonValue()), fc.string()),
    filter: fc.jsonValue(),
    case_id: fc.oneof(fc.string(), fc.integer()),
    tenant_id: fc.oneof(fc.string(), fc.double()),
    username: fc.jsonValue(),
    password: fc.jsonValue(),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(fc.jsonValue(), nearMiss, fc.string().map((s) => `{${s}`));

/** Fields only configuration may set (contract/api.ts): any value for one of them is a 400 naming it. */
const configOnlyFields = [
  ["/api/sessions", "ly_ding_open_para_dto"],
  ["/api/sessions", "target.corp_id"],
  ["/api/sessions", "target.ding_corp_id"],
  ["/api/sessions", "target.open_instance_id"],
  ["/api/sessions", "target.session_source"],
  ["/api/sessions", "target.production_type"],
  ["/api/sessions", "target.service_id"],
  ["/api/groups", "service_communication_request.tenant_id"],
  ["/api/groups", "tenant_id"],
  ["/api/groups", "corp_id"],
  ["/api/group-tickets", "tenant_id"],
  ["/api/group-tickets", "corp_id"],
  ["/api/group-tickets", "isv_org_id"],
  ["/api/group-tickets", "ly_ding_open_para_dto"],
] as const;
const validBodies: Record<(typeof configOnlyFields)[number][0], () => Record<string, unknown>> = {
  "/api/sessions": () => newSessionBody(),
  "/api/groups": () => ({ sid: "fuzz", service_communication_request: {} }),
  "/api/group-tickets": () => ({ sid: "fuzz", case_id: "1", open_conversation_id: "c==", user_identify: "u" }),
};

function withField(body: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split(".");
  if (!head) return body;
  if (rest.length === 0) return { ...body, [head]: value };
  const inner = typeof body[head] === "object" && body[head] !== null ? (body[head] as Record<string, unknown>) : {};
  return { ...body, [head]: withField(inner, rest.join("."), value) };
}

async function storeFootprint() {
  const sessions = await c.store.sessions.list({ limit: 200 });
  const audit = await c.store.audit.list({ limit: 1 });
  const messages = await c.store.messages.listBySession("fuzz", { limit: 200 });
  return JSON.stringify([sessions.items.map((s) => [s.sid, s.status]), audit.items[0]?.id, messages.items.length]);
}

describe("malformed bodies at every route", () => {
  it("never make the BFF fail or write", async () => {
    expect(routes.length).toBeGreaterThan(8);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), body, async (route, input) => {
        const before = await storeFootprint();
        const path = concretePath(route.path).replace("x-sid", "fuzz");
        const res = await c.request(route.method, path, typeof input === "string" ? input : JSON.stringify(input ?? null));
        expect(res.status).not.toBe(500);
        expect(res.body?.error?.message ?? "").not.toMatch(/\bat \w+ \(|node_modules|\.ts:\d+/);
        // A refused body writes nothing (422 is excluded: TOP was called, and that call is audited).
        if (res.status >= 400 && res.status < 500 && res.status !== 422) expect(await storeFootprint()).toBe(before);
      }),
      { numRuns: 300, seed: 20261123 },
    );
    expect((await c.request("GET", "/api/health")).status).toBe(200);
  });
});

describe("tenant fields in otherwise valid bodies", () => {
  it("are refused with a 400 naming the field, whatever their value, and nothing is written", async () => {
    const value = fc.jsonValue();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...configOnlyFields), value, async ([route, field], input) => {
        const before = await storeFootprint();
        const res = await c.request("POST", route, withField(validBodies[route](), field, input));
        expect(res.status).toBe(400);
        expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain(field);
        expect(await storeFootprint()).toBe(before);
      }),
      { numRuns: 100, seed: 20261202 },
    );
  });
});
