import "../shortcuts.css";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { setShortcutPrefs, useShortcutPrefs } from "../lib/shortcut-prefs.ts";

// The switch that turns every single-key shortcut off or on (WCAG 2.1.4). It shows in the settings
// dialog beside the notification switches and in the shortcut list; both are the same remembered choice.

export function ShortcutsSwitch() {
  const { t } = useTranslation("shortcuts");
  const { singleKey } = useShortcutPrefs();
  const hintId = useId();
  return (
    <label className="shortcuts-switch">
      <input
        type="checkbox"
        name="singleKey"
        checked={singleKey}
        aria-describedby={hintId}
        onChange={(event) => setShortcutPrefs({ singleKey: event.target.checked })}
      />
      <span>
        <span className="shortcuts-switch__label">{t("switch.label")}</span>
        <span id={hintId} className="shortcuts-switch__hint">
          {t("switch.hint")}
        </span>
      </span>
    </label>
  );
}

/** The settings dialog's part about the keyboard: a heading of its own, so the switch is found by it. */
export function ShortcutsSettings() {
  const { t } = useTranslation("shortcuts");
  const headingId = useId();
  return (
    <section className="shortcuts-settings" aria-labelledby={headingId}>
      <h3 id={headingId} className="shortcuts-settings__title">
        {t("switch.section")}
      </h3>
      <ShortcutsSwitch />
    </section>
  );
}
