// What a key press in a composer does (the console's and the customer page's), decided apart from
// React so every IME case can be tested.
// Chinese, Japanese and Korean input methods use Enter to pick a candidate: that Enter must never send.
// Browsers disagree on how to tell: Chrome sets isComposing on the keydown, Safari fires compositionend
// BEFORE the keydown but reports keyCode 229, so all three signals are checked.

export interface ComposerKeyEvent {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing: boolean;
  keyCode: number;
}

/**
 * - `enter-sends`: the message text (or markdown) area: Enter sends, Shift+Enter is a new line.
 * - `multiline`: another textarea: Enter is a new line.
 * - `single-line`: an input: plain Enter would submit the form natively, which we block.
 * - `other`: buttons and the like: Enter keeps its own meaning.
 */
export type ComposerFieldKind = "enter-sends" | "multiline" | "single-line" | "other";

/** `default`: let the browser act; `block`: prevent the default and do nothing; `send`: submit. */
export type ComposerKeyDecision = "send" | "default" | "block";

export function decideComposerKey(
  event: ComposerKeyEvent,
  field: ComposerFieldKind,
  compositionActive: boolean,
): ComposerKeyDecision {
  if (event.key !== "Enter") return "default";
  if (event.isComposing || event.keyCode === 229 || compositionActive) return "default";
  if (event.ctrlKey || event.metaKey) return "send";
  if (field === "enter-sends") return event.shiftKey || event.altKey ? "default" : "send";
  if (field === "single-line") return "block";
  return "default";
}
