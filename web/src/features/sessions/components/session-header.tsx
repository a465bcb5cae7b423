import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { SessionView } from "../../../../../contract/api.ts";
import { RelativeTime } from "../../../components/relative-time.tsx";
import { type ClosedBy, closedByOf } from "../lib/closed-by.ts";
import { StatusBadge } from "./status-badge.tsx";
import { UnknownSessionNote } from "./unknown-session-note.tsx";

// Who the agent is talking to, on which channel, and what they can do about it. A closed session
// shows when and why it closed instead of actions: it is read-only from then on. One the platform no
// longer knows says so, and offers "Mark closed" instead of a retry.

interface SessionHeaderProps {
  session: SessionView;
  onRequestClose: () => void;
  /** More actions from other features (e.g. "Pull into group"), shown before Close while the session is open. */
  actions?: ReactNode;
  headingId: string;
}

export function SessionHeader({ session, onRequestClose, actions, headingId }: SessionHeaderProps) {
  const { t } = useTranslation(["sessions", "common"]);
  const closedBy = closedByOf(session);
  const closedByWords = (by: ClosedBy) =>
    by.kind === "staff"
      ? t("detail.closedBy", { who: by.username })
      : by.kind === "system"
        ? t("detail.closedBySystem")
        : by.nick
          ? t("detail.closedBy", { who: by.nick })
          : t("detail.closedByCustomer");
  const open = session.status === "open";
  return (
    <header className="session-header">
      <div className="session-header__who">
        <h2 id={headingId} className="session-header__title">
          {session.channel_nick ?? session.channel_uid}
        </h2>
        <p className="session-header__meta">
          <StatusBadge status={session.status} />
          <span>{t(`channel.${session.channel}`)}</span>
          <span aria-hidden="true">·</span>
          <span>
            {t("detail.channelUid")}: <code>{session.channel_uid}</code>
          </span>
        </p>
      </div>
      {open ? (
        <div className="session-header__actions">
          {actions}
          <button type="button" className="button button--danger-quiet" onClick={onRequestClose} aria-keyshortcuts="c">
            {t("detail.close")}
          </button>
        </div>
      ) : (
        <div className="closed-note" role="status">
          <p className="closed-note__title">
            {session.close_reason ? t(`common:closeReason.${session.close_reason}`) : t("status.closed")}
          </p>
          <p className="closed-note__body">
            {session.closed_at !== undefined && (
              <>
                {t("detail.closedWhen")} <RelativeTime at={session.closed_at} />
              </>
            )}
            {closedBy && ` · ${closedByWords(closedBy)}`}
          </p>
          {session.unknown_to_platform_at !== undefined && <p className="closed-note__body">{t("detail.markedClosed")}</p>}
          {session.close_note && <p className="closed-note__body">{t("detail.closeNote", { note: session.close_note })}</p>}
          <p className="closed-note__body">{t("detail.readOnly")}</p>
        </div>
      )}
      {open && <UnknownSessionNote session={session} />}
    </header>
  );
}
