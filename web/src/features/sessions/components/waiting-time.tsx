import { useTranslation } from "react-i18next";
import { useNow } from "../../../lib/use-now.ts";
import { formatWaited, longWaitMs } from "../lib/waited.ts";

/** "Waiting 3:12", ticking each second, for a customer whose message nobody has answered yet. */
export function WaitingTime({ since }: { since: number }) {
  const { t } = useTranslation("sessions");
  const now = useNow(1000);
  const long = now - since >= longWaitMs;
  return (
    <span className={`waiting${long ? " waiting--long" : ""}`}>
      {t("list.waiting")} <time dateTime={`PT${Math.max(0, Math.floor((now - since) / 1000))}S`}>{formatWaited(since, now)}</time>
    </span>
  );
}
