import { useTranslation } from "react-i18next";
import { formatRelativeTime } from "../lib/elapsed.ts";
import { formatDateTime } from "../lib/format-time.ts";
import { useClock } from "../lib/use-clock.ts";

/** "3 minutes ago" that stays true as time passes, with the full date and time on hover and for machines. */
export function RelativeTime({ at }: { at: number }) {
  const { i18n } = useTranslation();
  const text = useClock((now) => formatRelativeTime(at, now, i18n.language));
  return (
    <time dateTime={new Date(at).toISOString()} title={formatDateTime(at, i18n.language)}>
      {text}
    </time>
  );
}
