import { useTranslation } from "react-i18next";
import { formatClockDuration, isoDuration } from "../../../lib/elapsed.ts";
import { useClock } from "../../../lib/use-clock.ts";
import { longWaitMs } from "../lib/waited.ts";

/** "Waiting 3:12", ticking each second on the shared clock, for a customer nobody has answered yet. */
export function WaitingTime({ since }: { since: number }) {
  const { t } = useTranslation("sessions");
  const waited = useClock((now) => Math.max(0, Math.floor((now - since) / 1000)) * 1000);
  return (
    <span className={`waiting${waited >= longWaitMs ? " waiting--long" : ""}`}>
      {t("list.waiting")} <time dateTime={isoDuration(waited)}>{formatClockDuration(waited)}</time>
    </span>
  );
}
