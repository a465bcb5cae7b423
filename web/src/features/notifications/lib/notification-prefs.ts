import { z } from "zod";
import { storedPrefs } from "../../../lib/stored-prefs.ts";

// The agent's choice of how a new customer message announces itself. Kept per browser (localStorage),
// because it is about this machine (speakers, the OS's notifications), not about the account.

const prefsSchema = z.object({
  titleCount: z.boolean().catch(true),
  sound: z.boolean().catch(true),
  /** Off until the agent turns it on, which is when the browser asks for permission. */
  desktop: z.boolean().catch(false),
});
export type NotificationPrefs = z.infer<typeof prefsSchema>;

export const defaultPrefs: NotificationPrefs = { titleCount: true, sound: true, desktop: false };

const prefs = storedPrefs("lyservice.notifications", prefsSchema, defaultPrefs);

/** A missing, garbled or partial entry falls back field by field to the defaults. */
export const parsePrefs = prefs.parse;
export const getPrefs = prefs.get;
export const setPrefs = prefs.set;
export const subscribePrefs = prefs.subscribe;
export const resetPrefsCache = prefs.resetCache;
