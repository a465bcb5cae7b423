import { useTranslation } from "react-i18next";
import type { SessionView } from "../../../../../contract/api.ts";

/** Open or closed, in words as well as colour. */
export function StatusBadge({ status }: { status: SessionView["status"] }) {
  const { t } = useTranslation("sessions");
  return <span className={`badge badge--${status}`}>{t(`status.${status}`)}</span>;
}
