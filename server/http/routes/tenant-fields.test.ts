import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newSessionBody, startTestConsole, type TestConsole } from "../../testing/test-console.ts";

// Tenant, organisation and ISV fields come from configuration only: the app secret signs whatever
// is sent, so an agent's request that tries to set one is refused with a 400 naming the field.

let c: TestConsole;
beforeAll(async () => {
  c = await startTestConsole({ env: { LY_BU_IDS: "100,200", LY_TENANT_ID: "300100", LY_CORP_ID: "corp-cfg", LY_ISV_ORG_ID: "42" } });
  await c.request("POST", "/api/sessions", newSessionBody({ sid: "s-tenant" }));
});
afterAll(() => c.close());

const fieldPaths = (body: { error: { fields?: Array<{ path: string }> } }) => (body.error.fields ?? []).map((f) => f.path);

describe("tenant fields in requests", () => {
  it.each([
    ["ly_ding_open_para_dto", { ...newSessionBody(), ly_ding_open_para_dto: { isv_org_id: 1, org_id: 2, corp_id: "x", suite_key: "k", token_grant_type: 1 } }],
    ["target.corp_id", { ...newSessionBody(), target: { corp_id: "other-corp" } }],
    ["target.ding_corp_id", { ...newSessionBody(), target: { ding_corp_id: "ding-other" } }],
    ["target.open_instance_id", { ...newSessionBody(), target: { open_instance_id: "other-shop" } }],
    ["target.bu_id", { ...newSessionBody(), target: { bu_id: "999" } }],
    ["target.session_source", { ...newSessionBody(), target: { session_source: "Evil" } }],
    ["target.production_type", { ...newSessionBody(), target: { production_type: 1001 } }],
    ["target.service_id", { ...newSessionBody(), target: { service_id: "someone-else" } }],
    ["tenant_id", { ...newSessionBody(), tenant_id: 1 }],
    ["source.unknown_field", { ...newSessionBody(), source: { ...newSessionBody().source, unknown_field: "x" } }],
  ])("POST /api/sessions with %s answers 400 naming it", async (path, body) => {
    const res = await c.request("POST", "/api/sessions", body);
    expect(res.status).toBe(400);
    expect(fieldPaths(res.body)).toContain(path);
  });

  it("POST /api/groups with service_communication_request.tenant_id answers 400 naming it", async () => {
    const res = await c.request("POST", "/api/groups", { sid: "s-tenant", service_communication_request: { tenant_id: 1 } });
    expect(res.status).toBe(400);
    expect(fieldPaths(res.body)).toEqual(["service_communication_request.tenant_id"]);
  });

  it.each(["tenant_id", "corp_id"])("POST /api/groups with a top-level %s answers 400 naming it (not silently dropped)", async (field) => {
    const res = await c.request("POST", "/api/groups", { sid: "s-tenant", [field]: field === "tenant_id" ? 1 : "x" });
    expect(res.status).toBe(400);
    expect(fieldPaths(res.body)).toEqual([field]);
  });

  it.each(["tenant_id", "corp_id", "isv_org_id", "ly_ding_open_para_dto", "staff_id"])("POST /api/group-tickets with %s answers 400 naming it", async (field) => {
    const value = field === "tenant_id" || field === "isv_org_id" ? 1 : field === "ly_ding_open_para_dto" ? { isv_org_id: 1 } : "x";
    const res = await c.request("POST", "/api/group-tickets", { sid: "s-tenant", case_id: "1", open_conversation_id: "c==", user_identify: "u", [field]: value });
    expect(res.status).toBe(400);
    expect(fieldPaths(res.body)).toEqual([field]);
  });

  it("opens the session with the configured service-side session source, whatever the customer side's", async () => {
    const body = newSessionBody({ sid: "s-own-source" });
    const res = await c.request("POST", "/api/sessions", { ...body, source: { ...body.source, session_source: "Taobao" } });
    expect(res.status).toBe(201);
    const platform = c.sandbox.state.snapshot();
    expect(platform.sessions.find((s) => s.sid === "s-own-source")).toMatchObject({ source: { session_source: "Taobao" }, target: { session_source: "XSpace" } });
  });

  it("sends the configured values on every call, and lets an agent pick among the configured business units", async () => {
    const picked = await c.request("POST", "/api/sessions", { ...newSessionBody({ sid: "s-bu200" }), target: { bu_id: "200" } });
    expect(picked.status).toBe(201);
    expect(picked.body.bu_id).toBe("200");
    const group = await c.request("POST", "/api/groups", { sid: "s-bu200" });
    expect(group.status).toBe(201);
    const ticket = await c.request("POST", "/api/group-tickets", {
      sid: "s-bu200",
      case_id: "77",
      open_conversation_id: group.body.open_conversation_id,
      user_identify: group.body.user_identify,
    });
    expect(ticket.status).toBe(201);
    const platform = c.sandbox.state.snapshot();
    expect(platform.sessions.find((s) => s.sid === "s-bu200")?.target).toMatchObject({ bu_id: "200", corp_id: "corp-cfg" });
    expect(platform.groups.find((g) => g.openConversationId === group.body.open_conversation_id)?.tenantId).toBe(300100);
    expect(platform.tickets.find((t) => t.caseId === "77")).toMatchObject({ tenantId: 300100, corpId: "corp-cfg" });
  });

  it("publishes the allowed business units to the console", async () => {
    expect((await c.request("GET", "/api/config")).body.defaults).toMatchObject({ bu_id: "100", bu_ids: ["100", "200"] });
  });
});
