import { type MouseEvent, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { SessionView } from "../../../../../contract/api.ts";
import { RelativeTime } from "../../../components/relative-time.tsx";
import { StatusBadge } from "./status-badge.tsx";

interface SessionListItemProps {
  session: SessionView;
  selected: boolean;
  onSelect: (sid: string) => void;
  showAgent: boolean;
}

export function SessionListItem({ session, selected, onSelect, showAgent }: SessionListItemProps) {
  const { t } = useTranslation("sessions");
  const ref = useRef<HTMLAnchorElement>(null);

  // Keeps the selected row in view when j/k or a new session moves the selection off screen.
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: "nearest" });
  }, [selected]);

  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    // A modified click keeps the browser's meaning (new tab, new window).
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    onSelect(session.sid);
  }

  return (
    <li>
      <a
        ref={ref}
        href={`?sid=${encodeURIComponent(session.sid)}`}
        className="session-item"
        aria-current={selected ? "true" : undefined}
        onClick={handleClick}
      >
        <span className="session-item__top">
          <span className="session-item__name">{session.channel_nick ?? session.channel_uid}</span>
          <StatusBadge status={session.status} />
        </span>
        <span className="session-item__meta">
          <span>{t(`channel.${session.channel}`)}</span>
          <span aria-hidden="true"> · </span>
          {showAgent && (
            <>
              <span className="visually-hidden">{t("list.openedBy")} </span>
              <span>{session.agent}</span>
              <span aria-hidden="true"> · </span>
            </>
          )}
          <span className="visually-hidden">{t("list.lastActivity")} </span>
          <RelativeTime at={session.last_activity_at} />
        </span>
      </a>
    </li>
  );
}
