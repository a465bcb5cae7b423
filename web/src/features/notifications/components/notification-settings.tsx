import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../../components/dialog.tsx";
import { type DesktopPermission, desktopPermission, requestDesktopPermission } from "../lib/desktop-notification.ts";
import { type NotificationPrefs, setPrefs } from "../lib/notification-prefs.ts";
import { useNotificationPrefs } from "../lib/use-notification-prefs.ts";
import "../notifications.css";

// The header's "Notifications" button and its dialog: three switches, remembered on this browser.
// Turning desktop notifications on is the one place the browser's permission prompt is triggered.

function Switch({ name, label, hint, checked, disabled, onChange }: {
  name: keyof NotificationPrefs;
  label: string;
  hint: ReactNode;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}) {
  const hintId = useId();
  return (
    <label className="notification-switch">
      <input type="checkbox" name={name} checked={checked} disabled={disabled} aria-describedby={hintId} onChange={(e) => onChange(e.target.checked)} />
      <span>
        <span className="notification-switch__label">{label}</span>
        <span id={hintId} className="notification-switch__hint">
          {hint}
        </span>
      </span>
    </label>
  );
}

/** `children`: more of this browser's settings that app/ puts beside the notification switches (the keyboard's). */
export function NotificationSettings({ children }: { children?: ReactNode }) {
  const { t } = useTranslation("notifications");
  const prefs = useNotificationPrefs();
  const [open, setOpen] = useState(false);
  // Read when the dialog opens, not with the header: asking the browser is a round trip to its
  // process (about 10 ms of the first screen), and the answer may have changed in site settings since.
  const [permission, setPermission] = useState<DesktopPermission>("default");
  const openSettings = () => {
    setPermission(desktopPermission());
    setOpen(true);
  };

  const toggleDesktop = async (checked: boolean) => {
    if (!checked) return setPrefs({ desktop: false });
    const answer = await requestDesktopPermission();
    setPermission(answer);
    setPrefs({ desktop: answer === "granted" });
  };

  const desktopHint =
    permission === "unsupported" ? t("desktopUnsupported") : permission === "denied" ? t("desktopDenied") : t("desktopHint");

  return (
    <>
      <button type="button" className="button button--quiet notifications-button" onClick={openSettings}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        <span className="notifications-button__text">{t("open")}</span>
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("title")} description={t("description")}>
        <div className="notification-settings">
          <Switch name="titleCount" label={t("titleCount")} hint={t("titleCountHint")} checked={prefs.titleCount} onChange={(v) => setPrefs({ titleCount: v })} />
          <Switch name="sound" label={t("sound")} hint={t("soundHint")} checked={prefs.sound} onChange={(v) => setPrefs({ sound: v })} />
          <Switch
            name="desktop"
            label={t("desktop")}
            hint={desktopHint}
            checked={prefs.desktop && permission === "granted"}
            disabled={permission === "unsupported"}
            onChange={(v) => void toggleDesktop(v)}
          />
          {children}
          <div className="notification-settings__actions">
            <button type="button" className="button button--primary" onClick={() => setOpen(false)} data-autofocus>
              {t("done")}
            </button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
