import { describe, expect, it } from "vitest";
import { createUnseenStore } from "./unseen-messages.ts";

describe("unseen customer messages", () => {
  it("counts messages of sessions not on screen, each message once", () => {
    const store = createUnseenStore(true);
    store.setOnScreen("a");
    expect(store.arrived("b", "m1")).toBe(true);
    expect(store.arrived("b", "m1")).toBe(false);
    expect(store.arrived("c", "m2")).toBe(true);
    expect(store.arrived("a", "m3")).toBe(false);
    expect(store.total()).toBe(2);
  });

  it("opening a session takes away its share only", () => {
    const store = createUnseenStore(true);
    store.arrived("b", "m1");
    store.arrived("b", "m2");
    store.arrived("c", "m3");
    store.setOnScreen("b");
    expect(store.total()).toBe(1);
  });

  it("counts the session on screen while the tab is hidden, and clears it when the tab shows again", () => {
    const store = createUnseenStore(true);
    store.setOnScreen("a");
    store.setPageVisible(false);
    expect(store.arrived("a", "m1")).toBe(true);
    expect(store.total()).toBe(1);
    store.setPageVisible(true);
    expect(store.total()).toBe(0);
  });

  it("a read in another console clears the session and tells subscribers", () => {
    const store = createUnseenStore(true);
    let calls = 0;
    store.subscribe(() => calls++);
    store.arrived("b", "m1");
    store.clear("b");
    store.clear("b");
    expect(store.total()).toBe(0);
    expect(calls).toBe(2);
  });
});
