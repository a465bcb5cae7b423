import { useSyncExternalStore } from "react";
import { z } from "zod";

// Whether single-key shortcuts are on. WCAG 2.1.4: a shortcut of one character key must be possible to
// turn off, because speech input dictates letters and a stray key should not act. Kept per browser
// (localStorage), like the notification switches: it is about this keyboard and this person's tools.

const storageKey = "lyservice.shortcuts";

const prefsSchema = z.object({ singleKey: z.boolean().catch(true) });
export type ShortcutPrefs = z.infer<typeof prefsSchema>;

export const defaultShortcutPrefs: ShortcutPrefs = { singleKey: true };

/** A missing or garbled entry means the default: on. */
export function parseShortcutPrefs(raw: string | null): ShortcutPrefs {
  if (raw === null) return defaultShortcutPrefs;
  try {
    const parsed = prefsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : defaultShortcutPrefs;
  } catch {
    return defaultShortcutPrefs;
  }
}

let current: ShortcutPrefs | undefined;
const listeners = new Set<() => void>();

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null; // storage disabled: the default holds for this page
  }
}

export function getShortcutPrefs(): ShortcutPrefs {
  watchOtherTabs();
  current ??= parseShortcutPrefs(readStorage());
  return current;
}

export function setShortcutPrefs(patch: Partial<ShortcutPrefs>): void {
  current = { ...getShortcutPrefs(), ...patch };
  try {
    window.localStorage.setItem(storageKey, JSON.stringify(current));
  } catch {
    // Not remembered, but applied to this page.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Another tab of this console changed the switch: follow it, so every open tab obeys the same choice
// (the key handler reads the cached value at each key press).
let watching = false;
function watchOtherTabs(): void {
  if (watching || typeof window.addEventListener !== "function") return;
  watching = true;
  window.addEventListener("storage", (event) => {
    if (event.key !== storageKey) return;
    current = undefined;
    for (const listener of listeners) listener();
  });
}

export function useShortcutPrefs(): ShortcutPrefs {
  return useSyncExternalStore(subscribe, getShortcutPrefs, getShortcutPrefs);
}

/** For tests: forget the cached value so the next read comes from storage again. */
export function resetShortcutPrefsCache(): void {
  current = undefined;
}
