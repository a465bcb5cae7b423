import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { newSessionBody, startTestConsole, type TestConsole } from "../../testing/test-console.ts";

// The board sorts on the server, over every matching open session, so a page boundary never splits
// the order: each column both ways, ties by longest idle, and cursors that carry the order with them.

let clock = Date.parse("2026-12-02T08:00:00Z");
let c: TestConsole;
beforeEach(async () => {
  c = await startTestConsole({ now: () => clock, as: "supervisor" });
  const open = async (sid: string, minutesAgo: number, nick: string, channel: string, agent: "agent" | "supervisor") => {
    const saved = clock;
    clock -= minutesAgo * 60_000;
    await c.requestAs(agent, "POST", "/api/sessions", newSessionBody({ sid, channel, channel_nick: nick }));
    clock = saved;
  };
  await open("s-a", 50, "Chen", "2", "agent");
  await open("s-b", 10, "Adams", "0", "supervisor");
  await open("s-c", 30, "Baker", "1", "agent");
  await open("s-d", 20, "Adams", "3", "supervisor");
});
afterEach(() => c.close());

async function order(query: string, limit = 50): Promise<string[]> {
  const sids: string[] = [];
  let cursor: string | undefined;
  do {
    const res = await c.request("GET", `/api/board/sessions?limit=${limit}&${query}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(res.status).toBe(200);
    sids.push(...res.body.items.map((s: { sid: string }) => s.sid));
    cursor = res.body.nextCursor;
  } while (cursor);
  return sids;
}

describe("board order", () => {
  it("is longest idle first by default, and each column sorts both ways", async () => {
    expect(await order("")).toEqual(["s-a", "s-c", "s-d", "s-b"]);
    expect(await order("sort=idle&dir=asc")).toEqual(["s-b", "s-d", "s-c", "s-a"]);
    expect(await order("sort=last_activity&dir=desc")).toEqual(["s-b", "s-d", "s-c", "s-a"]);
    expect(await order("sort=channel&dir=desc")).toEqual(["s-d", "s-a", "s-c", "s-b"]);
  });

  it("breaks ties by longest idle, whichever way the column runs", async () => {
    expect(await order("sort=customer&dir=asc")).toEqual(["s-d", "s-b", "s-c", "s-a"]);
    expect(await order("sort=customer&dir=desc")).toEqual(["s-a", "s-c", "s-d", "s-b"]);
    expect(await order("sort=agent&dir=asc")).toEqual(["s-a", "s-c", "s-d", "s-b"]);
  });

  it("pages through the same order one row at a time, without repeats or gaps", async () => {
    expect(await order("sort=customer&dir=asc", 1)).toEqual(["s-d", "s-b", "s-c", "s-a"]);
    expect(await order("sort=agent&dir=desc", 1)).toEqual(["s-d", "s-b", "s-a", "s-c"]);
    expect(await order("", 3)).toEqual(["s-a", "s-c", "s-d", "s-b"]);
  });

  it("refuses an unknown column or direction by name, and starts over on a cursor of another order", async () => {
    const bad = await c.request("GET", "/api/board/sessions?sort=password&dir=up");
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(["dir", "sort"]);
    const first = (await c.request("GET", "/api/board/sessions?limit=1&sort=customer&dir=asc")).body;
    const other = (await c.request("GET", `/api/board/sessions?limit=1&sort=idle&dir=desc&cursor=${first.nextCursor}`)).body;
    expect(other.items.map((s: { sid: string }) => s.sid)).toEqual(["s-a"]);
  });
});
