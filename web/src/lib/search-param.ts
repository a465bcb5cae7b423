import { useCallback, useMemo, useSyncExternalStore } from "react";

// URL search parameters as React state. The screen, the selected session and the board's filters live
// in the URL, so a reload, a bookmark or the Back button brings the agent back to them. No router: the
// console's few screens are one query parameter apart.

type Updates = Readonly<Record<string, string | undefined>>;

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

/** The URL (path + query + hash) with each name set to its value, or removed when the value is undefined. */
export function withSearchParams(href: string, updates: Updates): string {
  const url = new URL(href);
  for (const [name, value] of Object.entries(updates)) {
    if (value === undefined) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The URL (path + query + hash) with `name` set to `value`, or removed when `value` is undefined. */
export function withSearchParam(href: string, name: string, value: string | undefined): string {
  return withSearchParams(href, { [name]: value });
}

/** Changes several parameters in one history entry (or in place, with `replace`). */
export function setSearchParams(updates: Updates, options: { replace?: boolean } = {}): void {
  const target = withSearchParams(window.location.href, updates);
  if (options.replace) window.history.replaceState(null, "", target);
  else window.history.pushState(null, "", target);
  for (const listener of listeners) listener();
}

function useSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search, () => "");
}

/** All parameters, read-only; a new object only when the query string changes. */
export function useSearchParams(): URLSearchParams {
  const search = useSearch();
  return useMemo(() => new URLSearchParams(search), [search]);
}

export function useSearchParam(
  name: string,
): [string | undefined, (value: string | undefined, options?: { replace?: boolean }) => void] {
  const value = useSearchParams().get(name) ?? undefined;
  const setValue = useCallback(
    (next: string | undefined, options: { replace?: boolean } = {}) => setSearchParams({ [name]: next }, options),
    [name],
  );
  return [value, setValue];
}
