import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newSessionBody, startTestConsole, type TestConsole } from "../../testing/test-console.ts";

let c: TestConsole;
beforeAll(async () => {
  c = await startTestConsole();
});
afterAll(() => c.close());

describe("POST /api/groups and /api/group-tickets", () => {
  it("pulls the customer into a group, keeps the result with the session, and saves a ticket from the link", async () => {
    await c.request("POST", "/api/sessions", newSessionBody({ sid: "s-group" }));
    const group = await c.request("POST", "/api/groups", { sid: "s-group" });
    expect(group.status).toBe(201);
    expect(group.body.group_link).toMatch(/^dingtalk:\/\/dingtalkclient\/page\/link\?url=https%3A/);
    expect(group.body).toMatchObject({ account_type: 2, team_group_id: expect.any(String) });
    expect(group.body.h5_url).toMatch(/^https:\/\//);
    expect(group.body.open_conversation_id).toMatch(/==$/);
    expect((await c.request("GET", "/api/sessions/s-group")).body.group.group_link).toBe(group.body.group_link);

    const ticket = await c.request("POST", "/api/group-tickets", {
      sid: "s-group",
      case_id: "396743391396743391",
      open_conversation_id: group.body.open_conversation_id,
      user_identify: group.body.user_identify,
    });
    expect(ticket.status).toBe(201);
    expect(ticket.body.system_time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    // The 18-digit case id reached the platform as the same string, not a rounded double.
    expect(c.sandbox.state.snapshot().tickets.find((t) => t.caseId === "396743391396743391")).toBeDefined();
  });

  it("answers a ticket for an unknown group as a business refusal", async () => {
    const res = await c.request("POST", "/api/group-tickets", {
      case_id: "1",
      open_conversation_id: "cid-unknown==",
      user_identify: "u",
    });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: "top_rejected", top: { code: "400004", msg: "GROUP_NOT_FOUND" } });
  });

  it("validates the ticket fields", async () => {
    const res = await c.request("POST", "/api/group-tickets", { case_id: "12ab", tenant_id: "x" });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      "case_id",
      "open_conversation_id",
      "tenant_id",
      "user_identify",
    ]);
  });

  it("refuses a group for a session the console does not know", async () => {
    expect((await c.request("POST", "/api/groups", { sid: "nope" })).status).toBe(404);
  });
});
