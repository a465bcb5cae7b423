import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { isPlainClick } from "../components/search-params-link.tsx";
import { withSearchParams } from "../lib/search-param.ts";
import type { Screen } from "./screens.ts";
import { viewParam } from "./screens.ts";

// Links between the console's screens (supervisors only: agents have one screen). Each is a real link
// to `?view=…`, so it opens in a new tab too; switching keeps the rest of the address (the selected
// session, the board's filter), so going back finds things as they were left.

interface ScreenNavProps {
  screens: readonly Screen[];
  current: Screen;
  onNavigate: (screen: Screen) => void;
}

export function ScreenNav({ screens, current, onNavigate }: ScreenNavProps) {
  const { t } = useTranslation("app");
  const follow = (screen: Screen) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    onNavigate(screen);
  };
  return (
    <nav className="screen-nav" aria-label={t("nav.label")}>
      <ul className="screen-nav__list">
        {screens.map((screen) => (
          <li key={screen}>
            <a
              className="screen-nav__link"
              href={withSearchParams(window.location.href, { view: viewParam(screen) })}
              aria-current={screen === current ? "page" : undefined}
              onClick={follow(screen)}
            >
              {t(`nav.${screen}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
