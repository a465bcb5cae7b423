import { useState } from "react";
import { hostAllowed } from "../../../../../contract/media-hosts.ts";
import { useConsoleConfig } from "../../../lib/get-console-config.ts";

// The customer's picture when it comes from a host images may load from (the CSP's media hosts, https
// only), else their initials: an arbitrary URL would be a read-tracking pixel, and a broken one the
// browser's broken-image icon. No referrer leaves with the request.

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = (word: string | undefined) => Array.from(word ?? "")[0] ?? "";
  // "Mary Poppins" → MP; "王小明" → 王 (a Chinese name is one word; its first character is the family name).
  const letters = words.length > 1 && /^[\p{Script=Latin}]/u.test(words[0] ?? "") ? first(words[0]) + first(words.at(-1)) : first(words[0]);
  return letters.toLocaleUpperCase();
}

export function CustomerAvatar({ url, name, label }: { url: string | undefined; name: string; label: string }) {
  const config = useConsoleConfig();
  const [failed, setFailed] = useState(false);
  const allowed = url !== undefined && !failed && config.data !== undefined && hostAllowed(url, config.data.media_hosts);
  return allowed ? (
    <img className="customer-avatar" src={url} alt={label} width={48} height={48} referrerPolicy="no-referrer" onError={() => setFailed(true)} />
  ) : (
    <span className="customer-avatar customer-avatar--initials" role="img" aria-label={label}>
      {initialsOf(name) || "?"}
    </span>
  );
}
