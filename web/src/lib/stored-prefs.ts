import type { z } from "zod";

// A few switches kept per browser (localStorage) as one JSON entry: read once and cached (a key handler
// or a live event reads them often), written through on every change, and announced to subscribers.
// Storage can be disabled (private mode, policy) or full: the choice then still holds for this page.

export interface StoredPrefs<T> {
  /** A missing or garbled entry means the defaults; the schema's `.catch` fills a bad field alone. */
  parse: (raw: string | null) => T;
  get: () => T;
  set: (patch: Partial<T>) => void;
  subscribe: (listener: () => void) => () => void;
  /** For tests: forget the cached value so the next read comes from storage again. */
  resetCache: () => void;
}

interface Options {
  /** Follow a change made in another tab of this console (the `storage` event). */
  followOtherTabs?: boolean;
}

export function storedPrefs<T extends object>(storageKey: string, schema: z.ZodType<T>, defaults: T, options: Options = {}): StoredPrefs<T> {
  let current: T | undefined;
  let watching = false;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };

  const parse = (raw: string | null): T => {
    if (raw === null) return defaults;
    try {
      const parsed = schema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : defaults;
    } catch {
      return defaults;
    }
  };

  const readStorage = (): string | null => {
    try {
      return window.localStorage.getItem(storageKey);
    } catch {
      return null; // storage disabled: the defaults hold for this page
    }
  };

  const watchOtherTabs = (): void => {
    if (watching || !options.followOtherTabs || typeof window.addEventListener !== "function") return;
    watching = true;
    window.addEventListener("storage", (event) => {
      if (event.key !== storageKey) return;
      current = undefined;
      notify();
    });
  };

  const get = (): T => {
    watchOtherTabs();
    current ??= parse(readStorage());
    return current;
  };

  const set = (patch: Partial<T>): void => {
    current = { ...get(), ...patch };
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(current));
    } catch {
      // Not remembered, but still applied to this page.
    }
    notify();
  };

  const subscribe = (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };

  const resetCache = (): void => {
    current = undefined;
  };

  return { parse, get, set, subscribe, resetCache };
}
