import { useSyncExternalStore } from "react";
import { type NotificationPrefs, getPrefs, subscribePrefs } from "./notification-prefs.ts";

export function useNotificationPrefs(): NotificationPrefs {
  return useSyncExternalStore(subscribePrefs, getPrefs, getPrefs);
}
