import { useEffect, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { unseenMessages } from "./unseen-messages.ts";
import { useNotificationPrefs } from "./use-notification-prefs.ts";

/** "(3) …": the count of unseen customer messages before the console's title, unless switched off. */
export function titleWithCount(title: string, count: number): string {
  return count > 0 ? `(${count}) ${title}` : title;
}

/** Keeps the tab title's count current, and tells the store whether the tab is visible. */
export function useTitleCount(): void {
  const { t, i18n } = useTranslation("app");
  const prefs = useNotificationPrefs();
  const total = useSyncExternalStore(unseenMessages.subscribe, unseenMessages.total, unseenMessages.total);
  const base = t("documentTitle");

  useEffect(() => {
    document.title = titleWithCount(base, prefs.titleCount ? total : 0);
  }, [base, total, prefs.titleCount, i18n.language]);

  useEffect(() => {
    const onVisibility = () => unseenMessages.setPageVisible(document.visibilityState === "visible");
    document.addEventListener("visibilitychange", onVisibility);
    return () => document.removeEventListener("visibilitychange", onVisibility);
  }, []);
}
