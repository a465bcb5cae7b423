// Where the `/` of a quick-reply search is in the text box: a `/` at the start of the text or right
// after whitespace, with the caret after it and no whitespace between (so "and/or" and a URL's
// slashes never open the picker, and a space closes it). Pure, so every case is tested.

export interface SlashQuery {
  /** Index of the `/`. */
  start: number;
  /** The search text: what was typed between the `/` and the caret. */
  query: string;
}

export function findSlashQuery(text: string, caret: number): SlashQuery | undefined {
  const before = text.slice(0, caret);
  const match = /(?:^|\s)\/(\S*)$/u.exec(before);
  if (!match) return undefined;
  const query = match[1] ?? "";
  return { start: caret - query.length - 1, query };
}

/** The text with `/query` replaced by `insert`, and where the caret goes after it. */
export function replaceSlashQuery(text: string, slash: SlashQuery, insert: string): { text: string; caret: number } {
  const end = slash.start + 1 + slash.query.length;
  return { text: text.slice(0, slash.start) + insert + text.slice(end), caret: slash.start + insert.length };
}
