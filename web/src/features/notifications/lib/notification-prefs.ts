import { z } from "zod";

// The agent's choice of how a new customer message announces itself. Kept per browser (localStorage),
// because it is about this machine (speakers, the OS's notifications), not about the account.

const storageKey = "lyservice.notifications";

const prefsSchema = z.object({
  titleCount: z.boolean().catch(true),
  sound: z.boolean().catch(true),
  /** Off until the agent turns it on, which is when the browser asks for permission. */
  desktop: z.boolean().catch(false),
});
export type NotificationPrefs = z.infer<typeof prefsSchema>;

export const defaultPrefs: NotificationPrefs = { titleCount: true, sound: true, desktop: false };

/** A missing, garbled or partial entry falls back field by field to the defaults. */
export function parsePrefs(raw: string | null): NotificationPrefs {
  if (raw === null) return defaultPrefs;
  try {
    const parsed = prefsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : defaultPrefs;
  } catch {
    return defaultPrefs;
  }
}

let current: NotificationPrefs | undefined;
const listeners = new Set<() => void>();

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null; // storage disabled (private mode, policy): the defaults hold for this page
  }
}

export function getPrefs(): NotificationPrefs {
  current ??= parsePrefs(readStorage());
  return current;
}

export function setPrefs(patch: Partial<NotificationPrefs>): void {
  current = { ...getPrefs(), ...patch };
  try {
    window.localStorage.setItem(storageKey, JSON.stringify(current));
  } catch {
    // Not remembered, but still applied to this page.
  }
  for (const listener of listeners) listener();
}

export function subscribePrefs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: forget the cached value so the next read comes from storage again. */
export function resetPrefsCache(): void {
  current = undefined;
}
