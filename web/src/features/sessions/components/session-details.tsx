import { useTranslation } from "react-i18next";
import type { SessionView } from "../../../../../contract/api.ts";
import { RelativeTime } from "../../../components/relative-time.tsx";

/** The session's ids and routing, for the agent and for support. */
export function SessionDetails({ session }: { session: SessionView }) {
  const { t } = useTranslation("sessions");
  const rows: Array<[string, React.ReactNode]> = [
    [t("detail.sid"), <code key="sid">{session.sid}</code>],
    [t("detail.topSessionId"), session.top_session_id && <code key="top">{session.top_session_id}</code>],
    [t("detail.channel"), t(`channel.${session.channel}`)],
    [t("detail.nick"), session.channel_nick],
    [t("detail.source"), session.session_source],
    [t("detail.service"), session.service_id],
    [t("detail.bu"), session.bu_id],
    [t("detail.agent"), session.agent_name ?? session.agent],
    [t("detail.openedAt"), <RelativeTime key="opened" at={session.opened_at} />],
    [t("detail.lastActivity"), <RelativeTime key="last" at={session.last_activity_at} />],
    [t("detail.summary"), session.summary],
  ];
  return (
    <section className="panel" aria-labelledby="session-details-heading">
      <h3 id="session-details-heading" className="panel__title">
        {t("detail.detailsHeading")}
      </h3>
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
    </section>
  );
}
