import { useTranslation } from "react-i18next";
import { formatDateTime, formatRelativeTime } from "../lib/format-time.ts";
import { useNow } from "../lib/use-now.ts";

/** "3 minutes ago" that stays true as time passes, with the full date and time on hover and for machines. */
export function RelativeTime({ at }: { at: number }) {
  const { i18n } = useTranslation();
  const now = useNow();
  return (
    <time dateTime={new Date(at).toISOString()} title={formatDateTime(at, i18n.language)}>
      {formatRelativeTime(at, now, i18n.language)}
    </time>
  );
}
