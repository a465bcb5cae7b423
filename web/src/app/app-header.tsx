import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { UserView } from "../../../contract/auth.ts";
import { NetworkBanner } from "../components/network-banner.tsx";
import { NotificationSettings } from "../features/notifications/components/notification-settings.tsx";
import { ShortcutsSettings } from "../features/shortcuts/components/shortcuts-switch.tsx";
import { useConsoleConfig } from "../lib/get-console-config.ts";
import { useSearchParams } from "../lib/search-param.ts";
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
  // Below 1280px the tools fold behind a Menu button (narrow.css); wider, the button is hidden and the
  // tools always show, so this state only matters in a smaller window.
  // The menu belongs to the screen it was opened on: moving to another screen or session folds it.
  const search = useSearchParams();
  const [openedAt, setOpenedAt] = useState<URLSearchParams>();
  const menuOpen = openedAt === search;
  const setMenuOpen = (open: boolean) => setOpenedAt(open ? search : undefined);
  const toolsId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);
  const closeOnEscape = (event: KeyboardEvent) => {
    // A dialog opened from the menu (notifications) handles its own Escape and gives focus back itself.
    if (event.key !== "Escape" || !menuOpen || (event.target instanceof Element && event.target.closest("dialog"))) return;
    setMenuOpen(false);
    menuButton.current?.focus();
  };
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
        <button
          ref={menuButton}
          type="button"
          className="button button--quiet header-menu-button"
          aria-expanded={menuOpen}
          aria-controls={toolsId}
          onClick={() => setMenuOpen(!menuOpen)}
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2">
            <path d="M4 6h16M4 12h16M4 18h16" />
          </svg>
          {t("menu")}
        </button>
        <div id={toolsId} className="app-header__tools" data-open={menuOpen || undefined} onKeyDown={closeOnEscape}>
          <button type="button" className="button button--quiet" onClick={onShowShortcuts} aria-keyshortcuts="?">
            <span className="shortcuts-button__text">{t("shortcuts:open")}</span> <kbd aria-hidden="true">?</kbd>
          </button>
          <NotificationSettings>
            <ShortcutsSettings />
          </NotificationSettings>
          <LanguageSwitch />
          <UserMenu user={user} />
        </div>
      </div>
      <NetworkBanner />
    </header>
  );
}
