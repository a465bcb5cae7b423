import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clockNow, noteServerNow, subscribeClock } from "./clock.ts";

// One clock for every relative time: one tick reaches every reader, readers agree between ticks, and
// it runs on the server's time once told it.

describe("the shared clock", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 0, 1, 0, 0, 0));
  });
  afterEach(() => {
    noteServerNow(Date.now(), Date.now());
    vi.useRealTimers();
  });

  it("notifies every subscriber on the same tick, and stops when none is left", () => {
    const a = vi.fn();
    const b = vi.fn();
    const offA = subscribeClock(a);
    const offB = subscribeClock(b);
    vi.advanceTimersByTime(1000);
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([1, 1]);
    offA();
    offB();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("answers one value between ticks, so two cells read the same instant", () => {
    const off = subscribeClock(() => {});
    const first = clockNow();
    vi.advanceTimersByTime(600);
    expect(clockNow()).toBe(first);
    vi.advanceTimersByTime(400);
    expect(clockNow()).toBe(first + 1000);
    off();
  });

  it("follows the server's time once a page said what it is", () => {
    const off = subscribeClock(() => {});
    noteServerNow(Date.now() + 120_000, Date.now());
    expect(clockNow()).toBe(Date.now() + 120_000);
    vi.advanceTimersByTime(1000);
    expect(clockNow()).toBe(Date.now() + 120_000);
    off();
  });
});
