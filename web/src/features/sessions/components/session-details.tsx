import { useTranslation } from "react-i18next";
import type { SessionView } from "../../../../../contract/api.ts";
import { RelativeTime } from "../../../components/relative-time.tsx";

/** The session's platform ids and routing, folded: support needs them, an agent rarely does. */
export function SessionDetails({ session }: { session: SessionView }) {
  const { t } = useTranslation("sessions");
  const rows: Array<[string, React.ReactNode]> = [
    [t("detail.sid"), <code key="sid">{session.sid}</code>],
    [t("detail.topSessionId"), session.top_session_id && <code key="top">{session.top_session_id}</code>],
    [t("detail.source"), session.session_source],
    [t("detail.service"), session.service_id],
    [t("detail.bu"), session.bu_id],
    [t("detail.agent"), session.agent_name ?? session.agent],
    [t("detail.lastActivity"), <RelativeTime key="last" at={session.last_activity_at} />],
    [t("detail.summary"), session.summary],
  ];
  return (
    <details className="panel technical-details">
      <summary className="technical-details__summary">{t("customer.technical")}</summary>
      <dl className="detail-list">
        {rows
          .filter(([, value]) => value !== undefined && value !== "")
          .map(([label, value]) => (
            <div key={label} className="detail-list__row">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </details>
  );
}
