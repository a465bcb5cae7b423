import { type MouseEvent, type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { SessionView } from "../../../../../contract/api.ts";
import { RelativeTime } from "../../../components/relative-time.tsx";
import { isPlainClick } from "../../../components/search-params-link.tsx";
import { WaitingTime } from "./waiting-time.tsx";

// One row of the inbox: who (name, channel), the last message's preview and time, how many customer
// messages are unread and, while the customer waits for an answer, for how long. The row is a link to
// `?sid=`; an action (Take) sits beside it, never inside it (a button inside a link is not operable).

interface SessionListItemProps {
  session: SessionView;
  selected: boolean;
  onSelect: (sid: string) => void;
  showAgent: boolean;
  action?: ReactNode;
}

export function SessionListItem({ session, selected, onSelect, showAgent, action }: SessionListItemProps) {
  const { t } = useTranslation("sessions");
  const ref = useRef<HTMLAnchorElement>(null);
  const last = session.last_message;
  const open = session.status === "open";

  // Keeps the selected row in view when j/k or a new session moves the selection off screen.
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: "nearest" });
  }, [selected]);

  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    onSelect(session.sid);
  }

  return (
    <li className={`session-row${session.unread_count > 0 ? " session-row--unread" : ""}`}>
      <a
        ref={ref}
        href={`?sid=${encodeURIComponent(session.sid)}`}
        className="session-item"
        aria-current={selected ? "true" : undefined}
        onClick={handleClick}
      >
        <span className="session-item__top">
          <span className="session-item__name">{session.channel_nick ?? session.channel_uid}</span>
          {session.unread_count > 0 && (
            <span className="unread-badge">
              {session.unread_count}
              <span className="visually-hidden"> {t("list.unread")}</span>
            </span>
          )}
          {!open && <span className="badge badge--closed">{t("status.closed")}</span>}
        </span>
        <span className="session-item__preview">
          {last ? (
            <>
              {last.side === "agent" && <span className="session-item__side">{t("list.agentSaid")} </span>}
              {last.preview}
            </>
          ) : (
            <span className="muted">{t("list.noMessages")}</span>
          )}
        </span>
        <span className="session-item__meta">
          <span>{t(`channel.${session.channel}`)}</span>
          {showAgent && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="visually-hidden">{t("list.assignedTo")} </span>
              <span>{session.agent_name ?? session.agent ?? t("list.unassigned")}</span>
            </>
          )}
          <span aria-hidden="true"> · </span>
          <span className="visually-hidden">{t("list.lastActivity")} </span>
          <RelativeTime at={last?.at ?? session.last_activity_at} />
          {open && session.waiting_since !== undefined && (
            <>
              <span aria-hidden="true"> · </span>
              <WaitingTime since={session.waiting_since} />
            </>
          )}
        </span>
      </a>
      {action}
    </li>
  );
}
