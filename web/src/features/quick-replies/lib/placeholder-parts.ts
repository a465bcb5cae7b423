import { type QuickReplyPlaceholder, quickReplyPlaceholders } from "../../../../../contract/quick-replies.ts";

// A reply's text as runs of plain text and placeholders, so the preview can show each filled value
// marked as such (and an unknown `{{…}}` as the error it is) without building HTML from strings.

export type PlaceholderPart =
  | { kind: "text"; text: string }
  | { kind: "placeholder"; name: QuickReplyPlaceholder }
  | { kind: "unknown"; text: string };

const isKnown = (name: string): name is QuickReplyPlaceholder => (quickReplyPlaceholders as readonly string[]).includes(name);

export function placeholderParts(text: string): PlaceholderPart[] {
  const parts: PlaceholderPart[] = [];
  let last = 0;
  for (const match of text.matchAll(/\{\{([^{}]*)\}\}/g)) {
    const name = match[1] ?? "";
    if (match.index > last) parts.push({ kind: "text", text: text.slice(last, match.index) });
    parts.push(isKnown(name) ? { kind: "placeholder", name } : { kind: "unknown", text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}

/** The text with `insert` put in place of the selection [start, end), and where the caret goes after it. */
export function insertAt(text: string, insert: string, start: number, end: number): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + insert + text.slice(to), caret: from + insert.length };
}
