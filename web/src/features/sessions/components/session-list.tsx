import "../sessions.css";
import { type KeyboardEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiErrorNotice } from "../../../components/api-error-notice.tsx";
import { useSessions } from "../api/get-sessions.ts";
import { type InboxFilter, isSearching } from "../lib/inbox-filter.ts";
import { SessionListItem } from "./session-list-item.tsx";
import { TakeButton } from "./take-button.tsx";

// One tab of the inbox, open sessions first. Each row is a link to `?sid=` (so it can be opened in a
// new tab too); arrow keys, Home and End move between rows, Enter opens one. Unassigned rows offer
// Take; what became of it is said above the list, since the row leaves the queue either way.

interface SessionListProps {
  filter: InboxFilter;
  selectedSid: string | undefined;
  onSelect: (sid: string) => void;
  /** Name whom each session is assigned to (a supervisor's list holds every agent's). */
  showAgent?: boolean;
}

type Notice = { kind: "lost"; name: string } | { kind: "failed"; error: Error };

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

export function SessionList({ filter, selectedSid, onSelect, showAgent = false }: SessionListProps) {
  const { t } = useTranslation("sessions");
  const sessions = useSessions(filter);
  const [notice, setNotice] = useState<Notice>();
  const items = sessions.data?.pages.flatMap((page) => page.items) ?? [];

  const body = sessions.isPending ? (
    <p className="muted pane-message">{t("list.loading")}</p>
  ) : sessions.isError && items.length === 0 ? (
    <ApiErrorNotice error={sessions.error} onRetry={() => void sessions.refetch()} />
  ) : items.length === 0 ? (
    <p className="muted pane-message">
      {isSearching(filter) ? (filter.q ? t("search.noResults", { q: filter.q }) : t("search.noResultsChannel")) : t(`list.empty.${filter.view}`)}
    </p>
  ) : (
    <ul className="session-list" onKeyDown={moveFocus}>
      {items.map((session) => (
        <SessionListItem
          key={session.sid}
          session={session}
          selected={session.sid === selectedSid}
          onSelect={onSelect}
          showAgent={showAgent}
          action={
            session.agent === undefined && session.status === "open" ? (
              <TakeButton
                session={session}
                onTaken={(taken) => {
                  setNotice(undefined);
                  onSelect(taken.sid);
                }}
                onLost={(lost) => setNotice({ kind: "lost", name: lost.channel_nick ?? lost.channel_uid })}
                onFailed={(error) => setNotice({ kind: "failed", error })}
              />
            ) : undefined
          }
        />
      ))}
    </ul>
  );

  return (
    <>
      <div role="status" className="take-notice-region">
        {notice?.kind === "lost" && (
          <p className="take-notice">
            {t("take.lost", { name: notice.name })}
            <button type="button" className="button button--quiet button--small" onClick={() => setNotice(undefined)}>
              {t("take.dismiss")}
            </button>
          </p>
        )}
      </div>
      {notice?.kind === "failed" && <ApiErrorNotice error={notice.error} />}
      {body}
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
