// The console's languages and how the first one is chosen: a choice the agent made before wins,
// then the browser's preference list in order (any zh* is Simplified Chinese), then English.

export const languages = ["zh-CN", "en"] as const;
export type Language = (typeof languages)[number];

export const languageStorageKey = "lyconsole.language";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}

export function pickLanguage(stored: string | null | undefined, preferred: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower === "zh" || lower.startsWith("zh-")) return "zh-CN";
    if (lower === "en" || lower.startsWith("en-")) return "en";
  }
  return "en";
}
