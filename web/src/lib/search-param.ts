import { useCallback, useSyncExternalStore } from "react";

// A URL search parameter as React state. The selected session lives in the URL, so a reload, a
// bookmark or the Back button brings the agent back to it. No router: the console has one screen.

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

/** The URL (path + query + hash) with `name` set to `value`, or removed when `value` is undefined. */
export function withSearchParam(href: string, name: string, value: string | undefined): string {
  const url = new URL(href);
  if (value === undefined) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  return `${url.pathname}${url.search}${url.hash}`;
}

export function useSearchParam(
  name: string,
): [string | undefined, (value: string | undefined, options?: { replace?: boolean }) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => new URLSearchParams(window.location.search).get(name) ?? undefined,
    () => undefined,
  );
  const setValue = useCallback(
    (next: string | undefined, options: { replace?: boolean } = {}) => {
      const target = withSearchParam(window.location.href, name, next);
      if (options.replace) window.history.replaceState(null, "", target);
      else window.history.pushState(null, "", target);
      for (const listener of listeners) listener();
    },
    [name],
  );
  return [value, setValue];
}
