import { useTranslation } from "react-i18next";
import { elapsedParts, isoDuration } from "../lib/elapsed.ts";
import { useClock } from "../lib/use-clock.ts";

/** How long since `since`, "12 min" / "2 h 5 min", on the shared clock (so it agrees with RelativeTime). */
export function ElapsedTime({ since }: { since: number }) {
  const { t } = useTranslation("common");
  // Whole minutes only: the text, and so the render, changes once a minute.
  const minutes = useClock((now) => Math.floor(Math.max(0, now - since) / 60_000));
  const { key, values } = elapsedParts(minutes * 60_000);
  return <time dateTime={isoDuration(minutes * 60_000)}>{t(`elapsed.${key}`, values)}</time>;
}
