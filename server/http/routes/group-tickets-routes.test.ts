import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newSessionBody, startTestConsole, type TestConsole } from "../../testing/test-console.ts";

// GET /api/sessions/:sid/group-tickets: the tickets saved for a session, for those who may see it.

let c: TestConsole;
let clock = Date.UTC(2026, 11, 2, 8, 0, 0);
beforeAll(async () => {
  c = await startTestConsole({ now: () => clock });
});
afterAll(() => c.close());

async function sessionWithGroup(sid: string) {
  expect((await c.request("POST", "/api/sessions", newSessionBody({ sid }))).status).toBe(201);
  const group = (await c.request("POST", "/api/groups", { sid })).body as { open_conversation_id: string; user_identify: string };
  return (case_id: string) =>
    c.request("POST", "/api/group-tickets", { sid, case_id, open_conversation_id: group.open_conversation_id, user_identify: group.user_identify });
}

describe("GET /api/sessions/:sid/group-tickets", () => {
  it("lists the session's tickets with when each was saved, the latest first; a case id saved again is listed once, at its latest save", async () => {
    const save = await sessionWithGroup("s-tickets");
    const other = await sessionWithGroup("s-tickets-other");
    expect((await c.request("GET", "/api/sessions/s-tickets/group-tickets")).body).toEqual({ items: [] });

    expect((await save("1001")).status).toBe(201);
    clock += 60_000;
    expect((await save("1002")).status).toBe(201);
    expect((await other("2001")).status).toBe(201);
    clock += 60_000;
    expect((await save("1001")).status).toBe(201);

    const list = await c.request("GET", "/api/sessions/s-tickets/group-tickets");
    expect(list.status).toBe(200);
    expect(list.body.items.map((t: { case_id: string; saved_at: number }) => [t.case_id, t.saved_at])).toEqual([
      ["1001", clock],
      ["1002", clock - 60_000],
    ]);
    expect(list.body.items[0].system_time).toMatch(/^\d{4}-\d{2}-\d{2} /);
  });

  it("answers only for a session the caller may see", async () => {
    await sessionWithGroup("s-tickets-mine");
    expect((await c.requestAs("agent-2", "GET", "/api/sessions/s-tickets-mine/group-tickets")).status).toBe(403);
    expect((await c.requestAs("supervisor", "GET", "/api/sessions/s-tickets-mine/group-tickets")).status).toBe(200);
    expect((await c.request("GET", "/api/sessions/no-such-session/group-tickets")).status).toBe(404);
    expect((await c.requestAs("anonymous", "GET", "/api/sessions/s-tickets-mine/group-tickets")).status).toBe(401);
  });
});
