import { describe, expect, it } from "vitest";
import { type KeyInput, matchShortcut } from "./shortcut-registry.ts";

const body = { tagName: "BODY", isContentEditable: false, closest: () => null };
const press = (key: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  isComposing: false,
  target: body as unknown as EventTarget,
  ...extra,
});
const on = (element: object) => ({ target: element as unknown as EventTarget });

describe("matchShortcut", () => {
  it("maps each key to its action", () => {
    expect(matchShortcut(press("n"))).toBe("newSession");
    expect(matchShortcut(press("j"))).toBe("nextSession");
    expect(matchShortcut(press("k"))).toBe("previousSession");
    expect(matchShortcut(press("g"))).toBe("pullIntoGroup");
    expect(matchShortcut(press("c"))).toBe("closeSession");
    expect(matchShortcut(press("?"))).toBe("showShortcuts");
    expect(matchShortcut(press("x"))).toBeUndefined();
  });

  it("never fires with Alt, Ctrl or Meta, nor on a capital letter", () => {
    expect(matchShortcut(press("n", { altKey: true }))).toBeUndefined();
    expect(matchShortcut(press("n", { ctrlKey: true }))).toBeUndefined();
    expect(matchShortcut(press("c", { metaKey: true }))).toBeUndefined();
    expect(matchShortcut(press("N"))).toBeUndefined();
  });

  it("never fires while the agent types", () => {
    for (const tagName of ["INPUT", "TEXTAREA", "SELECT", "input"]) {
      expect(matchShortcut(press("n", on({ tagName, closest: () => null }))), tagName).toBeUndefined();
    }
    expect(matchShortcut(press("j", on({ tagName: "DIV", isContentEditable: true, closest: () => null })))).toBeUndefined();
  });

  it("never fires during IME composition", () => {
    expect(matchShortcut(press("n", { isComposing: true }))).toBeUndefined();
    expect(matchShortcut(press("n", { keyCode: 229 }))).toBeUndefined();
  });

  it("stays out of an open modal dialog", () => {
    const inDialog = { tagName: "BUTTON", closest: (s: string) => (s === "dialog[open]" ? {} : null) };
    expect(matchShortcut(press("c", on(inDialog)))).toBeUndefined();
    expect(matchShortcut(press("c", on({ tagName: "BUTTON", closest: () => null })))).toBe("closeSession");
  });
});
