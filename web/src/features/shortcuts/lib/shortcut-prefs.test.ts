import { beforeEach, describe, expect, it } from "vitest";
import { getShortcutPrefs, parseShortcutPrefs, resetShortcutPrefsCache, setShortcutPrefs } from "./shortcut-prefs.ts";

describe("single-key shortcut switch", () => {
  const store = new Map<string, string>();
  beforeEach(() => {
    store.clear();
    resetShortcutPrefsCache();
    Object.defineProperty(globalThis, "window", {
      configurable: true,
      value: { localStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v) } },
    });
  });

  it("is on until the agent turns it off, also on a garbled entry", () => {
    expect(getShortcutPrefs()).toEqual({ singleKey: true });
    expect(parseShortcutPrefs("{not json")).toEqual({ singleKey: true });
    expect(parseShortcutPrefs('{"singleKey":"no"}')).toEqual({ singleKey: true });
  });

  it("remembers off across a reload, and on again", () => {
    setShortcutPrefs({ singleKey: false });
    resetShortcutPrefsCache();
    expect(getShortcutPrefs()).toEqual({ singleKey: false });
    setShortcutPrefs({ singleKey: true });
    resetShortcutPrefsCache();
    expect(getShortcutPrefs()).toEqual({ singleKey: true });
  });

  it("still applies to this page when storage refuses to keep it", () => {
    Object.defineProperty(globalThis, "window", {
      configurable: true,
      value: {
        localStorage: {
          getItem: () => null,
          setItem: () => {
            throw new Error("QuotaExceededError");
          },
        },
      },
    });
    setShortcutPrefs({ singleKey: false });
    expect(getShortcutPrefs()).toEqual({ singleKey: false });
  });
});
