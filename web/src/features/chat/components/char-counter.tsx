import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { counterThreshold, limitOf, richTextLength } from "../lib/composer-limits.ts";
import type { ComposerValues, RichBlockValues } from "../lib/composer-values.ts";

// "4,812 / 5,000" under a field once it nears the contract's limit, red once over it. Why a message
// cannot be sent is said beside Send (send-problem.tsx); this is where the agent trims.

function lengthOf(value: unknown): number {
  if (typeof value === "string") return value.length;
  // The rich-text parts together.
  if (Array.isArray(value)) return richTextLength(value as RichBlockValues[]);
  return 0;
}

export function CharCounter({ name, label }: { name: string; label?: string }) {
  const { t, i18n } = useTranslation("chat");
  const value: unknown = useWatch<ComposerValues>({ name: name as never });
  const max = limitOf(name);
  const length = lengthOf(value);
  if (max === undefined || length < max * counterThreshold) return null;
  const format = (n: number) => n.toLocaleString(i18n.language);
  return (
    <p className={`chat-counter${length > max ? " chat-counter--over" : ""}`}>
      {label && <span>{label} </span>}
      {t("composer.counter", { length: format(length), max: format(max) })}
    </p>
  );
}
