// Which hosts message images may load from (IMAGE_HOSTS; DingTalk's media hosts by default). The
// server puts them in the Content-Security-Policy; the console shows an image from any other host
// as a link the agent chooses to open, so opening a chat is never a read-tracking pixel.
// A pattern is a host name or `*.` and a domain (any subdomain of it), as in a CSP source.

export function hostAllowed(url: string, patterns: readonly string[]): boolean {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:") return false;
    host = parsed.hostname.toLowerCase();
  } catch {
    return false;
  }
  return patterns.some((pattern) => (pattern.startsWith("*.") ? host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1 : host === pattern));
}

/** The CSP sources for the patterns: https only. */
export const cspSources = (patterns: readonly string[]) => patterns.map((p) => `https://${p}`);
