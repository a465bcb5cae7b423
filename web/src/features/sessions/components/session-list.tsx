import "../sessions.css";
import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiErrorNotice } from "../../../components/api-error-notice.tsx";
import { useSessions } from "../api/get-sessions.ts";
import { SessionListItem } from "./session-list-item.tsx";

// The agent's sessions, most recent activity first. Each row is a link to `?sid=` (so it can be opened
// in a new tab too); arrow keys, Home and End move between rows, Enter opens one.

interface SessionListProps {
  selectedSid: string | undefined;
  onSelect: (sid: string) => void;
  /** Name who opened each session (a supervisor's list holds every agent's). */
  showAgent?: boolean;
}

function moveFocus(event: KeyboardEvent<HTMLUListElement>) {
  const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>("a[href]"));
  const current = links.indexOf(document.activeElement as HTMLAnchorElement);
  const targets: Record<string, number> = {
    ArrowDown: Math.min(current + 1, links.length - 1),
    ArrowUp: Math.max(current - 1, 0),
    Home: 0,
    End: links.length - 1,
  };
  const next = targets[event.key];
  if (next === undefined || links.length === 0) return;
  event.preventDefault();
  links[next]?.focus();
}

export function SessionList({ selectedSid, onSelect, showAgent = false }: SessionListProps) {
  const { t } = useTranslation("sessions");
  const sessions = useSessions();
  const items = sessions.data?.pages.flatMap((page) => page.items) ?? [];

  if (sessions.isPending) return <p className="muted pane-message">{t("list.loading")}</p>;
  if (sessions.isError && items.length === 0) {
    return <ApiErrorNotice error={sessions.error} onRetry={() => void sessions.refetch()} />;
  }
  if (items.length === 0) return <p className="muted pane-message">{t("list.empty")}</p>;

  return (
    <>
      <ul className="session-list" onKeyDown={moveFocus}>
        {items.map((session) => (
          <SessionListItem
            key={session.sid}
            session={session}
            selected={session.sid === selectedSid}
            onSelect={onSelect}
            showAgent={showAgent}
          />
        ))}
      </ul>
      {sessions.hasNextPage && (
        <button
          type="button"
          className="button button--quiet button--block"
          onClick={() => void sessions.fetchNextPage()}
          aria-disabled={sessions.isFetchingNextPage || undefined}
        >
          {t("list.loadMore")}
        </button>
      )}
    </>
  );
}
