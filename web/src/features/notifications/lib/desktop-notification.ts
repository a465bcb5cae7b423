// Desktop notifications through the browser's Notification API. Permission is asked only from the
// settings menu's click (requestDesktopPermission), never on load: browsers penalise pages that ask
// unprompted, and an agent who did not ask for it should not be interrupted.

export type DesktopPermission = NotificationPermission | "unsupported";

export function desktopPermission(): DesktopPermission {
  return typeof window.Notification === "function" ? window.Notification.permission : "unsupported";
}

export async function requestDesktopPermission(): Promise<DesktopPermission> {
  if (typeof window.Notification !== "function") return "unsupported";
  try {
    return await window.Notification.requestPermission();
  } catch {
    return window.Notification.permission;
  }
}

/** Shows one notification per session (a newer one replaces it); a click brings the console forward on it. */
export function showDesktopNotification(title: string, body: string, sid: string, onClick: () => void): void {
  if (desktopPermission() !== "granted") return;
  try {
    const notification = new window.Notification(title, { body, tag: `session-${sid}` });
    notification.addEventListener("click", () => {
      window.focus();
      onClick();
      notification.close();
    });
  } catch {
    // Some platforms only allow notifications from a service worker; the title count still shows.
  }
}
