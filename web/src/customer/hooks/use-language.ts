import { useCallback, useEffect, useMemo, useState } from "react";
import { type Language, isLanguage, languageStorageKey, pickLanguage } from "../../i18n/languages.ts";
import { type Translate, translator } from "../lib/translate.ts";

// The customer's language: a choice made on this page before, else the browser's preference list
// (any zh* is Simplified Chinese), else English. <html lang> and the title follow it, so screen
// readers pronounce the page right.

function stored(): string | null {
  try {
    return window.localStorage.getItem(languageStorageKey);
  } catch {
    return null; // storage blocked (privacy mode): the browser's languages decide
  }
}

export function useLanguage(): { language: Language; t: Translate; setLanguage: (value: string) => void } {
  const [language, setState] = useState<Language>(() => pickLanguage(stored(), navigator.languages));
  const t = useMemo(() => translator(language), [language]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t("documentTitle");
  }, [language, t]);

  const setLanguage = useCallback((value: string) => {
    if (!isLanguage(value)) return;
    try {
      window.localStorage.setItem(languageStorageKey, value);
    } catch {
      // Not remembered, still switched.
    }
    setState(value);
  }, []);

  return { language, t, setLanguage };
}
