import { describe, expect, it } from "vitest";
import { type KeyInput, matchShortcut, shortcuts } from "./shortcut-registry.ts";

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
const enabled = { singleKey: true };
const match = (key: string, extra: Partial<KeyInput> = {}) => matchShortcut(press(key, extra), enabled);

describe("matchShortcut", () => {
  it("maps each key to its action", () => {
    expect(match("n")).toBe("newSession");
    expect(match("j")).toBe("nextSession");
    expect(match("k")).toBe("previousSession");
    expect(match("g")).toBe("pullIntoGroup");
    expect(match("c")).toBe("closeSession");
    expect(match("?")).toBe("showShortcuts");
    expect(match("x")).toBeUndefined();
  });

  it("never fires with Alt, Ctrl or Meta, nor on a capital letter", () => {
    expect(match("n", { altKey: true })).toBeUndefined();
    expect(match("n", { ctrlKey: true })).toBeUndefined();
    expect(match("c", { metaKey: true })).toBeUndefined();
    expect(match("N")).toBeUndefined();
  });

  it("never fires while the agent types", () => {
    for (const tagName of ["INPUT", "TEXTAREA", "SELECT", "input"]) {
      expect(match("n", on({ tagName, closest: () => null })), tagName).toBeUndefined();
    }
    expect(match("j", on({ tagName: "DIV", isContentEditable: true, closest: () => null }))).toBeUndefined();
  });

  it("never fires during IME composition", () => {
    expect(match("n", { isComposing: true })).toBeUndefined();
    expect(match("n", { keyCode: 229 })).toBeUndefined();
  });

  it("does nothing at all while single-key shortcuts are off, and everything again once they are on", () => {
    const off = { singleKey: false };
    for (const shortcut of shortcuts) expect(matchShortcut(press(shortcut.key), off), shortcut.key).toBeUndefined();
    for (const shortcut of shortcuts) expect(matchShortcut(press(shortcut.key), enabled), shortcut.key).toBe(shortcut.id);
  });

  it("stays out of an open modal dialog", () => {
    const inDialog = { tagName: "BUTTON", closest: (s: string) => (s === "dialog[open]" ? {} : null) };
    expect(match("c", on(inDialog))).toBeUndefined();
    expect(match("c", on({ tagName: "BUTTON", closest: () => null }))).toBe("closeSession");
  });
});
