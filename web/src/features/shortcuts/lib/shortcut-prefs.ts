import { useSyncExternalStore } from "react";
import { z } from "zod";
import { storedPrefs } from "../../../lib/stored-prefs.ts";

// Whether single-key shortcuts are on. WCAG 2.1.4: a shortcut of one character key must be possible to
// turn off, because speech input dictates letters and a stray key should not act. Kept per browser
// (localStorage), like the notification switches: it is about this keyboard and this person's tools.
// Another tab's change is followed, so every open tab obeys the same choice (the key handler reads the
// cached value at each key press).

const prefsSchema = z.object({ singleKey: z.boolean().catch(true) });
export type ShortcutPrefs = z.infer<typeof prefsSchema>;

export const defaultShortcutPrefs: ShortcutPrefs = { singleKey: true };

const prefs = storedPrefs("lyservice.shortcuts", prefsSchema, defaultShortcutPrefs, { followOtherTabs: true });

export const parseShortcutPrefs = prefs.parse;
export const getShortcutPrefs = prefs.get;
export const setShortcutPrefs = prefs.set;
export const resetShortcutPrefsCache = prefs.resetCache;

export function useShortcutPrefs(): ShortcutPrefs {
  return useSyncExternalStore(prefs.subscribe, prefs.get, prefs.get);
}
