import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { SessionView } from "../../../../../contract/api.ts";
import { CopyButton } from "../../../components/copy-button.tsx";
import { formatDateTime } from "../../../lib/format-time.ts";
import { useSessionStats } from "../api/get-session-stats.ts";
import { CustomerAvatar } from "./customer-avatar.tsx";

// The details panel starts with whom the agent is talking to: name and picture, where they write from,
// the id to find them by (copyable), when the session started (in the agent's own time zone, as every
// time in the console) and how long the conversation is. Platform ids are below, under "Technical details".

export function CustomerPanel({ session }: { session: SessionView }) {
  const { t, i18n } = useTranslation("sessions");
  const headingId = useId();
  const stats = useSessionStats(session.sid, session.last_activity_at);
  const name = session.channel_nick ?? t("customer.anonymous");

  return (
    <section className="panel customer-panel" aria-labelledby={headingId}>
      <h3 id={headingId} className="visually-hidden">
        {t("customer.heading")}
      </h3>
      <div className="customer-panel__who">
        <CustomerAvatar url={session.channel_avatar_url} name={session.channel_nick ?? ""} label={t("customer.avatar", { name })} />
        <div className="customer-panel__name">
          <p className="customer-panel__nick">{name}</p>
          <p className="muted">{t(`channel.${session.channel}`)}</p>
        </div>
      </div>
      <dl className="detail-list">
        <div className="detail-list__row">
          <dt>{t("customer.channelUid")}</dt>
          <dd className="customer-panel__uid">
            <code>{session.channel_uid}</code>
            <CopyButton text={session.channel_uid} what={t("customer.channelUid")} />
          </dd>
        </div>
        <div className="detail-list__row">
          <dt>{t("customer.started")}</dt>
          <dd>
            <time dateTime={new Date(session.opened_at).toISOString()}>{formatDateTime(session.opened_at, i18n.language)}</time>
          </dd>
        </div>
        <div className="detail-list__row">
          <dt>{t("customer.messages")}</dt>
          <dd>{stats.data ? stats.data.message_count.toLocaleString(i18n.language) : t("customer.messagesLoading")}</dd>
        </div>
      </dl>
    </section>
  );
}
