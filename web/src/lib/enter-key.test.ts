import { describe, expect, it } from "vitest";
import { type ComposerKeyEvent, decideComposerKey } from "./enter-key.ts";

const enter: ComposerKeyEvent = {
  key: "Enter",
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isComposing: false,
  keyCode: 13,
};

describe("decideComposerKey", () => {
  it("sends on Enter in the message text", () => {
    expect(decideComposerKey(enter, "enter-sends", false)).toBe("send");
  });

  it("inserts a new line on Shift+Enter", () => {
    expect(decideComposerKey({ ...enter, shiftKey: true }, "enter-sends", false)).toBe("default");
  });

  it("never sends while an IME is composing, whichever way the browser reports it", () => {
    expect(decideComposerKey({ ...enter, isComposing: true }, "enter-sends", false)).toBe("default");
    expect(decideComposerKey({ ...enter, keyCode: 229 }, "enter-sends", false)).toBe("default");
    expect(decideComposerKey(enter, "enter-sends", true)).toBe("default");
    expect(decideComposerKey({ ...enter, ctrlKey: true, isComposing: true }, "single-line", false)).toBe("default");
  });

  it("sends on Ctrl+Enter or Cmd+Enter from any field", () => {
    for (const field of ["enter-sends", "multiline", "single-line", "other"] as const) {
      expect(decideComposerKey({ ...enter, ctrlKey: true }, field, false)).toBe("send");
      expect(decideComposerKey({ ...enter, metaKey: true }, field, false)).toBe("send");
    }
  });

  it("keeps Enter as a new line in other text areas and blocks native submit from inputs", () => {
    expect(decideComposerKey(enter, "multiline", false)).toBe("default");
    expect(decideComposerKey(enter, "single-line", false)).toBe("block");
    expect(decideComposerKey(enter, "other", false)).toBe("default");
  });

  it("ignores other keys", () => {
    expect(decideComposerKey({ ...enter, key: "a", ctrlKey: true }, "enter-sends", false)).toBe("default");
  });
});
