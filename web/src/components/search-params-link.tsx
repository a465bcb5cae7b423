import type { AnchorHTMLAttributes, MouseEvent } from "react";
import { setSearchParams, withSearchParams } from "../lib/search-param.ts";

// A link to another state of the console (its URL parameters: a screen, a session). It is a real link,
// so it opens in a new tab too; a plain click moves this page there in one history entry instead.

type Updates = Readonly<Record<string, string | undefined>>;

/** A click the page may handle itself: a modified or middle click keeps the browser's meaning (new tab, new window). */
export function isPlainClick(event: MouseEvent): boolean {
  return !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) && event.button === 0;
}

type SearchParamsLinkProps = { updates: Updates } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href" | "onClick">;

export function SearchParamsLink({ updates, ...props }: SearchParamsLinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    setSearchParams(updates);
  };
  return <a {...props} href={withSearchParams(window.location.href, updates)} onClick={handleClick} />;
}
