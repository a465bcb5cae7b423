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

  it("records a ticket only on the group of a session the caller may act on", async () => {
    await c.requestAs("supervisor", "POST", "/api/sessions", newSessionBody({ sid: "s-sup-group" }));
    const theirs = (await c.requestAs("supervisor", "POST", "/api/groups", { sid: "s-sup-group" })).body;
    const ids = { open_conversation_id: theirs.open_conversation_id, user_identify: theirs.user_identify };
    const fields = (res: { body: { error: { fields?: Array<{ path: string }> } } }) => (res.body.error.fields ?? []).map((f) => f.path);
    const before = c.sandbox.state.snapshot().tickets.length;

    const noSid = await c.request("POST", "/api/group-tickets", { case_id: "11", ...ids });
    expect(noSid.status).toBe(400);
    expect(fields(noSid)).toEqual(["sid"]);
    const theirSid = await c.request("POST", "/api/group-tickets", { case_id: "12", sid: "s-sup-group", ...ids });
    expect(theirSid.status).toBe(403);
    expect(theirSid.body.error.message).toMatch(/another agent/);

    await c.request("POST", "/api/sessions", newSessionBody({ sid: "s-own-group" }));
    const ownSid = await c.request("POST", "/api/group-tickets", { case_id: "13", sid: "s-own-group", ...ids });
    expect(ownSid.status).toBe(400);
    expect(fields(ownSid)).toEqual(["sid"]);
    const own = (await c.request("POST", "/api/groups", { sid: "s-own-group" })).body;
    const mixed = await c.request("POST", "/api/group-tickets", { case_id: "14", sid: "s-own-group", ...ids, user_identify: own.user_identify });
    expect(mixed.status).toBe(400);
    expect(fields(mixed)).toEqual(["open_conversation_id"]);
    expect(mixed.body.error.message).toMatch(/not the group of session s-own-group/);
    expect((await c.request("POST", "/api/group-tickets", { case_id: "15", sid: "nope", ...ids })).status).toBe(404);
    expect(c.sandbox.state.snapshot().tickets.length).toBe(before);

    // A supervisor may act on any session, an agent's included.
    const bySupervisor = await c.requestAs("supervisor", "POST", "/api/group-tickets", {
      case_id: "16",
      sid: "s-own-group",
      open_conversation_id: own.open_conversation_id,
      user_identify: own.user_identify,
    });
    expect(bySupervisor.status).toBe(201);
  });

  it("validates the ticket fields", async () => {
    const res = await c.request("POST", "/api/group-tickets", { case_id: "12ab", tenant_id: "x" });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      "case_id",
      "open_conversation_id",
      "sid",
      "tenant_id",
      "user_identify",
    ]);
  });

  it("refuses a group for a session the console does not know", async () => {
    expect((await c.request("POST", "/api/groups", { sid: "nope" })).status).toBe(404);
  });
});
