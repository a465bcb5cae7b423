import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestConsole, type TestConsole, type TestUser } from "../../testing/test-console.ts";

// GET /api/sessions with a search and filters, over real HTTP: each field, the tab it stays in, and
// the 400s of a bad query.

let c: TestConsole;
beforeAll(async () => {
  c = await startTestConsole();
  const open = (user: TestUser, sid: string, channel: string, channel_uid: string, channel_nick: string) =>
    c.requestAs(user, "POST", "/api/sessions", { source: { sid, channel, channel_uid, channel_nick }, target: {} });
  expect((await open("agent", "find-me-1", "0", "Taobao-Buyer-88", "赵晓燕")).status).toBe(201);
  expect((await open("agent", "find-me-2", "1", "app-user-17", "Zhao Xiaoyan")).status).toBe(201);
  expect((await open("agent-2", "other-agents-1", "0", "taobao-buyer-99", "钱晓燕")).status).toBe(201);
  expect((await c.request("POST", "/api/sessions/find-me-2/close", { reason: "memberIsSilent" })).status).toBe(200);
});
afterAll(() => c.close());

const search = async (user: TestUser, query: string) => {
  const res = await c.requestAs(user, "GET", `/api/sessions?${query}`);
  expect(res.status).toBe(200);
  return (res.body.items as Array<{ sid: string }>).map((s) => s.sid);
};

describe("GET /api/sessions search", () => {
  it("finds a session by nickname, channel user id or session id", async () => {
    expect(await search("supervisor", `view=all&q=${encodeURIComponent("晓燕")}`)).toEqual(["other-agents-1", "find-me-1"]);
    expect(await search("supervisor", "view=all&q=TAOBAO-BUYER-8")).toEqual(["find-me-1"]);
    expect(await search("supervisor", "view=all&q=find-me")).toEqual(["find-me-1", "find-me-2"]);
    expect(await search("supervisor", "view=all&q=xiaoyan")).toEqual(["find-me-2"]);
  });

  it("filters by status (all = both) and channel, open sessions first", async () => {
    expect(await search("agent", "view=mine&q=find&status=closed")).toEqual(["find-me-2"]);
    expect(await search("agent", "view=mine&q=find&status=all")).toEqual(["find-me-1", "find-me-2"]);
    expect(await search("agent", "view=mine&q=find&channel=1")).toEqual(["find-me-2"]);
  });

  it("keeps an agent's search inside what their tabs show: another agent's session is not found", async () => {
    expect(await search("agent", `view=all&q=${encodeURIComponent("钱晓燕")}`)).toEqual([]);
    expect(await search("agent", "view=mine&q=other-agents")).toEqual([]);
    expect(await search("agent-2", "view=mine&q=other-agents")).toEqual(["other-agents-1"]);
  });

  it("pages a search with the cursor", async () => {
    const first = await c.requestAs("supervisor", "GET", "/api/sessions?view=all&limit=1&q=find-me");
    expect(first.body.items.map((s: { sid: string }) => s.sid)).toEqual(["find-me-1"]);
    const second = await c.requestAs("supervisor", "GET", `/api/sessions?view=all&limit=1&q=find-me&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((s: { sid: string }) => s.sid)).toEqual(["find-me-2"]);
    expect(second.body.nextCursor).toBeUndefined();
  });

  it.each([
    ["q", `q=${"x".repeat(65)}`],
    ["channel", "channel=9"],
    ["status", "status=pending"],
    ["sort", "q=a&sort=nick"],
  ])("answers 400 naming %s for a bad query", async (field, query) => {
    const res = await c.request("GET", `/api/sessions?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toEqual([field]);
  });
});
