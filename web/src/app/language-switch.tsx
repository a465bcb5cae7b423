import { useId } from "react";
import { useTranslation } from "react-i18next";
import { setLanguage } from "../i18n/i18n.ts";
import { languages } from "../i18n/languages.ts";

// Each language is named in itself, and the label is in both, so an agent who cannot read the current
// language still finds the switch.
const names = { "zh-CN": "中文", en: "English" } as const;

export function LanguageSwitch() {
  const { t, i18n } = useTranslation("app");
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id} className="language-switch__label">
        {t("language")}
      </label>
      <select id={id} value={i18n.resolvedLanguage ?? i18n.language} onChange={(e) => setLanguage(e.target.value)}>
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {names[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
