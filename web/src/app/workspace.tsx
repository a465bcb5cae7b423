import { useCallback, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { UserView } from "../../../contract/auth.ts";
import { unseenMessages } from "../features/notifications/lib/unseen-messages.ts";
import { useSessions } from "../features/sessions/api/get-sessions.ts";
import { InboxSearch } from "../features/sessions/components/inbox-search.tsx";
import { InboxTabs } from "../features/sessions/components/inbox-tabs.tsx";
import { NewSessionDialog } from "../features/sessions/components/new-session-dialog.tsx";
import { SessionList } from "../features/sessions/components/session-list.tsx";
import { type InboxFilter, inboxFilterFrom, viewsFor } from "../features/sessions/lib/inbox-filter.ts";
import { useShortcuts } from "../features/shortcuts/lib/use-shortcuts.ts";
import { setSearchParams, useSearchParam } from "../lib/search-param.ts";
import { LazySessionPane } from "./lazy-session-pane.tsx";
import type { SessionFocus } from "./session-pane.tsx";
// Last, so its narrow-screen rules come after the panes' own styles.
import "./narrow.css";

// The sessions screen: the inbox on the left (Mine / Unassigned / All, open or closed, all in the URL),
// the selected session (`?sid=`) on the right. The session on screen is what the notifications count
// as seen.

export function Workspace({ user }: { user: UserView }) {
  const { t } = useTranslation(["app", "sessions"]);
  const [sid] = useSearchParam("sid");
  const [inbox] = useSearchParam("inbox");
  const [state] = useSearchParam("state");
  const [q] = useSearchParam("q");
  const [channel] = useSearchParam("channel");
  // console-warmup.ts prefetches this list before the console's code has even arrived: keep the two
  // deriving the filter from the URL the same way.
  const filter = inboxFilterFrom(user.role, inbox, state, { q, channel });
  const [creating, setCreating] = useState(false);
  const sessions = useSessions(filter);
  const listHeadingId = useId();
  const closeDialog = useCallback(() => setCreating(false), []);
  // Where focus goes when the next session opens: set by j/k and by creating one, not by a click in
  // the list (focus stays where the agent clicked), nor by the browser's Back.
  const [focusOnOpen, setFocusOnOpen] = useState<{ sid: string | undefined; focus: SessionFocus | undefined }>();

  useEffect(() => unseenMessages.setOnScreen(sid), [sid]);
  useEffect(() => () => unseenMessages.setOnScreen(undefined), []);

  // A session opens on its conversation, and leaving it forgets which of its views (narrow screens) was up.
  const select = useCallback((next: string | undefined, focus?: SessionFocus) => {
    setFocusOnOpen({ sid: next, focus });
    setSearchParams({ sid: next, pane: undefined });
  }, []);

  const step = (delta: 1 | -1) => {
    const items = sessions.data?.pages.flatMap((page) => page.items) ?? [];
    const index = items.findIndex((s) => s.sid === sid);
    const next = index === -1 ? items[0] : items[Math.min(Math.max(index + delta, 0), items.length - 1)];
    if (next && next.sid !== sid) select(next.sid, "conversation");
  };

  useShortcuts({
    newSession: () => setCreating(true),
    nextSession: () => step(1),
    previousSession: () => step(-1),
  });

  const changeFilter = (next: InboxFilter) => setSearchParams({ inbox: next.view, state: next.state });

  return (
    <div className="workspace" data-selected={sid ? "true" : undefined}>
      {/* The screen's one level-one heading, for screen readers' heading lists; on screen the panes'
          own headings say it, so a visible one would be noise. */}
      <h1 className="visually-hidden">{t("app:sessionsTitle")}</h1>
      <nav className="sessions-pane" aria-labelledby={listHeadingId}>
        <div className="pane-header">
          <h2 id={listHeadingId} className="pane-header__title">
            {t("sessions:list.heading")}
          </h2>
          <button type="button" className="button button--primary" onClick={() => setCreating(true)} aria-keyshortcuts="n">
            {t("sessions:list.new")}
          </button>
        </div>
        <InboxSearch filter={filter} />
        <InboxTabs filter={filter} views={viewsFor(user.role)} onChange={changeFilter} />
        <SessionList filter={filter} selectedSid={sid} onSelect={(next) => select(next)} showAgent={filter.view === "all"} />
      </nav>
      <main id="main" className="session-pane" tabIndex={-1}>
        {sid ? (
          <LazySessionPane key={sid} sid={sid} user={user} onClear={() => select(undefined)} focusOnOpen={focusOnOpen?.sid === sid ? focusOnOpen.focus : undefined} />
        ) : (
          <div className="empty-state">
            <h2 className="empty-state__title">{t("sessions:detail.noneTitle")}</h2>
            <p className="muted">{t("sessions:detail.noneBody")}</p>
          </div>
        )}
      </main>
      <NewSessionDialog open={creating} onClose={closeDialog} onCreated={(session) => select(session.sid, "composer")} />
    </div>
  );
}
