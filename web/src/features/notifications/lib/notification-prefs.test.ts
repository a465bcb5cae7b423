import { beforeEach, describe, expect, it } from "vitest";
import { defaultPrefs, getPrefs, parsePrefs, resetPrefsCache, setPrefs } from "./notification-prefs.ts";

describe("notification preferences", () => {
  it("fall back to the defaults, field by field, on a missing or garbled entry", () => {
    expect(parsePrefs(null)).toEqual(defaultPrefs);
    expect(parsePrefs("{not json")).toEqual(defaultPrefs);
    expect(parsePrefs('{"sound":false,"desktop":"yes"}')).toEqual({ titleCount: true, sound: false, desktop: false });
  });
});

describe("remembered choice", () => {
  const store = new Map<string, string>();
  beforeEach(() => {
    store.clear();
    resetPrefsCache();
    Object.defineProperty(globalThis, "window", {
      configurable: true,
      value: { localStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v) } },
    });
  });

  it("survives a reload", () => {
    setPrefs({ sound: false, titleCount: false });
    resetPrefsCache();
    expect(getPrefs()).toEqual({ titleCount: false, sound: false, desktop: false });
  });
});
