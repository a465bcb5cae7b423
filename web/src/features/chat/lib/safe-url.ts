// The one rule for addresses inside a message (links, images, buttons, media): an absolute http(s)
// URL, returned in its canonical form. Anything else (javascript:, data:, mailto:, a relative path)
// is not followed: a relative link means nothing inside a chat, and the rest can run or track.

export function safeUrl(raw: string): string | undefined {
  try {
    const url = new URL(raw.trim());
    if (url.protocol === "http:" || url.protocol === "https:") return url.href;
  } catch {
    // not an absolute URL
  }
  return undefined;
}
