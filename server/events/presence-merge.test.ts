import { describe, expect, it } from "vitest";
import { mergeLastLive, mergeOnlineAgents, mergeVisitorStreams, type PresenceRow } from "./presence-merge.ts";

// The other instances' rows as one instance reads them at `now`: an expired row is an instance that
// stopped refreshing, whose streams no longer count.

const now = 100_000;
const row = (over: Partial<PresenceRow>): PresenceRow => ({ instance: "b", kind: "visitor", key: "m-1", streams: 1, lastLive: now - 1_000, expiresAt: now + 5_000, ...over });

describe("online agents", () => {
  it("adds agents live on other instances to this one's, each once", () => {
    const rows = [row({ kind: "agent", key: "li.na" }), row({ kind: "agent", key: "wang.li", instance: "c" }), row({ kind: "agent", key: "wang.li" })];
    expect(mergeOnlineAgents(["wang.li"], rows, now).sort()).toEqual(["li.na", "wang.li"]);
  });

  it("leaves out rows past their expiry, rows with no open console, and visitors", () => {
    const rows = [row({ kind: "agent", key: "gone", expiresAt: now }), row({ kind: "agent", key: "closed", streams: 0 }), row({ key: "m-1" })];
    expect(mergeOnlineAgents([], rows, now)).toEqual([]);
  });
});

describe("a visitor's open streams", () => {
  it("sums this instance's count and the unexpired counts elsewhere", () => {
    expect(mergeVisitorStreams(2, [row({ streams: 3 }), row({ instance: "c", streams: 1 }), row({ instance: "d", streams: 4, expiresAt: now - 1 })], now)).toBe(6);
    expect(mergeVisitorStreams(1, [row({ kind: "agent", streams: 7 })], now)).toBe(1);
  });
});

describe("when a visitor was last live", () => {
  it("is live when a page is open here or on an instance still refreshing", () => {
    expect(mergeLastLive("live", [row({ streams: 0, lastLive: 5 })], now)).toBe("live");
    expect(mergeLastLive(50_000, [row({ streams: 2 })], now)).toBe("live");
    expect(mergeLastLive(undefined, [row({ streams: 0, lastLive: 5 }), row({ instance: "c" })], now)).toBe("live");
  });

  it("counts a page on an instance that stopped refreshing as last live at its last refresh", () => {
    expect(mergeLastLive(undefined, [row({ lastLive: 80_000, expiresAt: 95_000 })], now)).toBe(80_000);
    expect(mergeLastLive(90_000, [row({ lastLive: 80_000, expiresAt: 95_000 })], now)).toBe(90_000);
  });

  it("answers the latest close anywhere, and nothing for a visitor nobody saw", () => {
    expect(mergeLastLive(60_000, [row({ streams: 0, lastLive: 70_000 }), row({ instance: "c", streams: 0, lastLive: 65_000 })], now)).toBe(70_000);
    expect(mergeLastLive(undefined, [], now)).toBeUndefined();
    expect(mergeLastLive(undefined, [row({ kind: "agent" })], now)).toBeUndefined();
  });
});
