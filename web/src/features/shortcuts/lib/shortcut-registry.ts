// The console's keyboard shortcuts: one key each, no modifier. They never fire while the agent types
// (an input, textarea, select or contenteditable has focus, or an IME is composing), never with
// Alt/Ctrl/Meta (those belong to the browser, the OS and screen readers), and not behind a modal.
// Every one is a single character key, so the agent's switch (WCAG 2.1.4) turns all of them off; the
// header's buttons do the same things without a key.

export const shortcuts = [
  { id: "newSession", key: "n" },
  { id: "nextSession", key: "j" },
  { id: "previousSession", key: "k" },
  { id: "pullIntoGroup", key: "g" },
  { id: "closeSession", key: "c" },
  { id: "showShortcuts", key: "?" },
] as const;

export type ShortcutId = (typeof shortcuts)[number]["id"];

/** The parts of a KeyboardEvent the decision needs; a plain object in tests. */
export interface KeyInput {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  isComposing: boolean;
  keyCode?: number;
  target: EventTarget | null;
}

interface ElementLike {
  tagName?: string;
  isContentEditable?: boolean;
  closest?: (selector: string) => unknown;
}

const typingTags = new Set(["INPUT", "TEXTAREA", "SELECT"]);

export function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as ElementLike | null;
  if (!element) return false;
  if (element.tagName !== undefined && typingTags.has(element.tagName.toUpperCase())) return true;
  return element.isContentEditable === true;
}

function insideModal(target: EventTarget | null): boolean {
  const element = target as ElementLike | null;
  return Boolean(element?.closest?.("dialog[open]"));
}

export function matchShortcut(event: KeyInput, prefs: { singleKey: boolean }): ShortcutId | undefined {
  if (!prefs.singleKey) return undefined;
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  // keyCode 229: a key pressed while an IME is composing, on browsers that do not set isComposing.
  if (event.isComposing || event.keyCode === 229) return undefined;
  if (isTypingTarget(event.target) || insideModal(event.target)) return undefined;
  return shortcuts.find((shortcut) => shortcut.key === event.key)?.id;
}
