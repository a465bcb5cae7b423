import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { UserView } from "../../../contract/auth.ts";
import { NetworkBanner } from "../components/network-banner.tsx";
import { NotificationSettings } from "../features/notifications/components/notification-settings.tsx";
import { useConsoleConfig } from "../lib/get-console-config.ts";
import { UserMenu } from "./auth/user-menu.tsx";
import { LanguageSwitch } from "./language-switch.tsx";

interface AppHeaderProps {
  user: UserView;
  onShowShortcuts: () => void;
  /** Links between screens, for roles that have more than one. */
  nav?: ReactNode;
}

export function AppHeader({ user, onShowShortcuts, nav }: AppHeaderProps) {
  const { t } = useTranslation(["app", "shortcuts"]);
  const config = useConsoleConfig();
  return (
    <header className="app-header">
      <div className="app-header__bar">
        <p className="brand">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">{t("productName")}</span>
          <span className="brand__tagline">{t("productTagline")}</span>
          {config.data?.mode === "sandbox" && (
            <span className="badge badge--sandbox" title={t("sandboxHint")}>
              {t("sandbox")}
            </span>
          )}
        </p>
        {nav}
        <div className="app-header__tools">
          <button type="button" className="button button--quiet" onClick={onShowShortcuts} aria-keyshortcuts="?">
            <span className="shortcuts-button__text">{t("shortcuts:open")}</span> <kbd aria-hidden="true">?</kbd>
          </button>
          <NotificationSettings />
          <LanguageSwitch />
          <UserMenu user={user} />
        </div>
      </div>
      <NetworkBanner />
    </header>
  );
}
