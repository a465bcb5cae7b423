import i18next, { type Resource, type ResourceLanguage } from "i18next";
import { initReactI18next } from "react-i18next";
import { type Language, isLanguage, languageStorageKey, languages, pickLanguage } from "./languages.ts";

// One i18next instance, one namespace per feature. app/ composes the namespaces (each feature owns
// its strings) and hands them over here, so this module knows no feature. The strings of the agent's
// screens ship in the bundle (a few KB), so the first paint is already in the agent's language and
// nothing suspends. The supervisor's screens load on demand, and bring their strings with them
// (registerLazyNamespace). <html lang> follows the language, so screen readers pronounce the page right.

/** A namespace's strings in every language, as defineLocales makes them. */
export type NamespaceLocales = Readonly<Record<Language, Readonly<Record<string, unknown>>>>;

/** Called by a lazily loaded screen when its module loads, before anything of it renders. */
export function registerLazyNamespace(ns: string, locales: NamespaceLocales): void {
  for (const language of languages) i18next.addResourceBundle(language, ns, locales[language], true, true);
}

function resources(namespaces: Readonly<Record<string, NamespaceLocales>>): Resource {
  const byLanguage: Record<Language, ResourceLanguage> = { en: {}, "zh-CN": {} };
  for (const [ns, locales] of Object.entries(namespaces)) {
    for (const language of languages) byLanguage[language][ns] = locales[language];
  }
  return byLanguage;
}

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(languageStorageKey);
  } catch {
    return null; // storage blocked (privacy mode): fall back to the browser's languages
  }
}

function syncDocument(language: string): void {
  document.documentElement.lang = language;
  document.title = i18next.t("app:documentTitle");
}

export function initI18n(namespaces: Readonly<Record<string, NamespaceLocales>>): typeof i18next {
  const language = pickLanguage(readStoredLanguage(), navigator.languages);
  void i18next.use(initReactI18next).init({
    resources: resources(namespaces),
    lng: language,
    fallbackLng: "en",
    supportedLngs: [...languages],
    ns: Object.keys(namespaces),
    defaultNS: "common",
    interpolation: { escapeValue: false }, // React escapes
    react: { useSuspense: false },
    initAsync: false,
  });
  syncDocument(language);
  i18next.on("languageChanged", syncDocument);
  return i18next;
}

/** Switches the UI language and remembers the choice for the next visit. */
export function setLanguage(language: string): void {
  if (!isLanguage(language)) return;
  try {
    window.localStorage.setItem(languageStorageKey, language);
  } catch {
    // Not remembered, still switched.
  }
  void i18next.changeLanguage(language);
}
