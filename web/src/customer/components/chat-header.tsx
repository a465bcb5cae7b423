import { useState } from "react";
import { type Language, languages } from "../../i18n/languages.ts";
import { languageNames, type Translate } from "../lib/translate.ts";

// The page's title bar: the level-one heading, who is answering, the language switch and "End
// chat", which asks first (a mis-tap on a phone must not end a conversation).

interface ChatHeaderProps {
  t: Translate;
  language: Language;
  onLanguage: (language: string) => void;
  agentName: string | undefined;
  canEnd: boolean;
  ending: boolean;
  onEnd: () => void;
}

export function ChatHeader({ t, language, onLanguage, agentName, canEnd, ending, onEnd }: ChatHeaderProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <header className="cx-header">
      <div className="cx-header__row">
        <div className="cx-header__titles">
          <h1 className="cx-header__title">{t("title")}</h1>
          {agentName && <p className="cx-header__agent">{t("agentJoined", { name: agentName })}</p>}
        </div>
        <label className="cx-header__language">
          <span className="cx-visually-hidden">{t("language")}</span>
          <select value={language} onChange={(event) => onLanguage(event.currentTarget.value)}>
            {languages.map((code) => (
              <option key={code} value={code} lang={code}>
                {languageNames[code]}
              </option>
            ))}
          </select>
        </label>
        {canEnd && !confirming && (
          <button type="button" className="cx-button cx-button--quiet" onClick={() => setConfirming(true)}>
            {t("end.button")}
          </button>
        )}
      </div>
      {canEnd && confirming && (
        <div className="cx-confirm" role="alertdialog" aria-labelledby="cx-confirm-text">
          <p id="cx-confirm-text">{t("end.confirm")}</p>
          <div className="cx-confirm__actions">
            <button
              type="button"
              className="cx-button cx-button--danger"
              disabled={ending}
              onClick={() => {
                setConfirming(false);
                onEnd();
              }}
            >
              {t("end.yes")}
            </button>
            <button type="button" className="cx-button" autoFocus onClick={() => setConfirming(false)}>
              {t("end.no")}
            </button>
          </div>
        </div>
      )}
    </header>
  );
}
