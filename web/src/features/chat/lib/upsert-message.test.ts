import { describe, expect, it } from "vitest";
import { messageView } from "../testing/loaded-chat.ts";
import { type MessagePages, upsertMessage } from "./upsert-message.ts";

// Newest page first, each page oldest to newest: a1 a2 | b1 b2 | c1 c2 on screen is c… newest.
const pages = (olderRemain: boolean): MessagePages => ({
  pages: [
    { items: [messageView("c1", 50), messageView("c2", 60)], nextCursor: "cur-b" },
    { items: [messageView("b1", 30), messageView("b2", 40)], nextCursor: "cur-a" },
    { items: [messageView("a1", 10), messageView("a2", 20)], ...(olderRemain ? { nextCursor: "cur-older" } : {}) },
  ],
  pageParams: [undefined, "cur-b", "cur-a"],
});

const ids = (data: MessagePages) => data.pages.toReversed().flatMap((page) => page.items.map((item) => item.message_id));

describe("upsertMessage", () => {
  it("replaces a loaded message where it is and leaves the other pages as they were", () => {
    const before = pages(true);
    const after = upsertMessage(before, messageView("b1", 30, { status: "failed", updated_at: 70 }));
    expect(ids(after)).toEqual(["a1", "a2", "b1", "b2", "c1", "c2"]);
    expect(after.pages[1]?.items[0]?.status).toBe("failed");
    expect(after.pages[0]).toBe(before.pages[0]);
    expect(after.pages[2]).toBe(before.pages[2]);
    expect(after.pageParams).toBe(before.pageParams);
    expect(before.pages[1]?.items[0]?.status).toBe("sent");
  });

  it("keeps the cached copy when the event is older than it (events out of order)", () => {
    const before = upsertMessage(pages(true), messageView("c2", 60, { status: "sent", updated_at: 90 }));
    expect(upsertMessage(before, messageView("c2", 60, { status: "pending", updated_at: 65 }))).toBe(before);
  });

  it("adds a new message at the newest end, once however often its event comes", () => {
    const once = upsertMessage(pages(true), messageView("d1", 80));
    const twice = upsertMessage(once, messageView("d1", 80));
    expect(ids(twice)).toEqual(["a1", "a2", "b1", "b2", "c1", "c2", "d1"]);
    expect(twice.pages[0]?.nextCursor).toBe("cur-b");
  });

  it("leaves a message from history not loaded yet to the fetch of that history", () => {
    const before = pages(true);
    expect(upsertMessage(before, messageView("z0", 5, { status: "failed", updated_at: 99 }))).toBe(before);
  });

  it("adds an early-dated new message at the newest end when the whole history is loaded", () => {
    expect(ids(upsertMessage(pages(false), messageView("z0", 5)))).toEqual(["a1", "a2", "b1", "b2", "c1", "c2", "z0"]);
  });

  it("starts an empty conversation with the message", () => {
    const empty: MessagePages = { pages: [{ items: [] }], pageParams: [undefined] };
    expect(ids(upsertMessage(empty, messageView("m1", 1)))).toEqual(["m1"]);
  });
});
