import { describe, expect, it, vi } from "vitest";
import { chunk } from "./chunks.ts";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("chunk", () => {
  it("fetches its code once, however many places ask, and then holds the module", async () => {
    const importModule = vi.fn(() => Promise.resolve({ Screen: "the screen" }));
    const screen = chunk(importModule);
    expect(screen.state()).toEqual({ status: "idle" });
    const first = screen.load();
    expect(screen.state()).toEqual({ status: "loading" });
    const second = screen.load();
    expect(await first).toEqual({ Screen: "the screen" });
    expect(await second).toBe(await first);
    expect(importModule).toHaveBeenCalledTimes(1);
    expect(screen.state()).toEqual({ status: "loaded", module: { Screen: "the screen" } });
  });

  it("keeps the same state object between changes, as a render's snapshot must", async () => {
    const screen = chunk(() => Promise.resolve({}));
    await screen.load();
    expect(screen.state()).toBe(screen.state());
  });

  it("starts loading when a screen subscribes, and tells it when the code is in", async () => {
    const importModule = vi.fn(() => Promise.resolve({}));
    const screen = chunk(importModule);
    const listener = vi.fn();
    const unsubscribe = screen.subscribe(listener);
    expect(importModule).toHaveBeenCalledTimes(1);
    await settle();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(screen.state().status).toBe("loaded");
    unsubscribe();
  });

  it("says so when the code cannot be fetched, and stops telling a screen that has gone", async () => {
    const screen = chunk(() => Promise.reject(new TypeError("Failed to fetch dynamically imported module")));
    const gone = vi.fn();
    const shown = vi.fn();
    screen.subscribe(gone)();
    screen.subscribe(shown);
    await settle();
    expect(screen.state()).toEqual({ status: "failed" });
    expect(shown).toHaveBeenCalledTimes(1);
    expect(gone).not.toHaveBeenCalled();
  });

  it("tries again when asked after a failed fetch, so a dropped prefetch does not fail every later open", async () => {
    const importModule = vi
      .fn<() => Promise<{ Screen: string }>>()
      .mockRejectedValueOnce(new TypeError("Failed to fetch dynamically imported module"))
      .mockResolvedValueOnce({ Screen: "the screen" });
    const screen = chunk(importModule);
    await expect(screen.load()).rejects.toThrow("Failed to fetch");
    expect(screen.state()).toEqual({ status: "failed" });
    const listener = vi.fn();
    screen.subscribe(listener);
    expect(screen.state()).toEqual({ status: "loading" });
    await settle();
    expect(importModule).toHaveBeenCalledTimes(2);
    expect(screen.state()).toEqual({ status: "loaded", module: { Screen: "the screen" } });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
