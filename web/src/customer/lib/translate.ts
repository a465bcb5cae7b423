import type { Language } from "../../i18n/languages.ts";
import { customerLocales } from "./customer-locales.ts";

// A few dozen strings in two languages do not need i18next (about 15 kB gzipped of an 80 kB
// budget): a dotted-key lookup with `{{name}}` placeholders is all the page uses.

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type CustomerKey = Leaves<(typeof customerLocales)["en"]>;
export type Translate = (key: CustomerKey, values?: Readonly<Record<string, string | number>>) => string;

export function translator(language: Language): Translate {
  const strings: unknown = customerLocales[language];
  return (key, values = {}) => {
    let node = strings;
    for (const part of key.split(".")) {
      node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    }
    // A missing key shows itself rather than a blank: the types make it unreachable.
    const text = typeof node === "string" ? node : key;
    return text.replace(/\{\{(\w+)\}\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
  };
}

export const languageNames: Readonly<Record<Language, string>> = { "zh-CN": "中文", en: "English" };
