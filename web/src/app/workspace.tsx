import { useCallback, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { UserView } from "../../../contract/auth.ts";
import { useSessions } from "../features/sessions/api/get-sessions.ts";
import { NewSessionDialog } from "../features/sessions/components/new-session-dialog.tsx";
import { SessionList } from "../features/sessions/components/session-list.tsx";
import { useShortcuts } from "../features/shortcuts/lib/use-shortcuts.ts";
import { useSearchParam } from "../lib/search-param.ts";
import { SessionPane } from "./session-pane.tsx";

// The sessions screen: sessions on the left, the selected one (kept in `?sid=`) on the right. An agent
// sees their own sessions; a supervisor sees everybody's, each with who opened it.

export function Workspace({ user }: { user: UserView }) {
  const { t } = useTranslation(["app", "sessions"]);
  const [sid, setSid] = useSearchParam("sid");
  const [creating, setCreating] = useState(false);
  const sessions = useSessions();
  const listHeadingId = useId();
  const closeDialog = useCallback(() => setCreating(false), []);

  const step = (delta: 1 | -1) => {
    const items = sessions.data?.pages.flatMap((page) => page.items) ?? [];
    const index = items.findIndex((s) => s.sid === sid);
    const next = index === -1 ? items[0] : items[Math.min(Math.max(index + delta, 0), items.length - 1)];
    if (next && next.sid !== sid) setSid(next.sid);
  };

  useShortcuts({
    newSession: () => setCreating(true),
    nextSession: () => step(1),
    previousSession: () => step(-1),
  });

  return (
    <div className="workspace">
      <nav className="sessions-pane" aria-labelledby={listHeadingId}>
        <div className="pane-header">
          <h2 id={listHeadingId} className="pane-header__title">
            {t("sessions:list.heading")}
          </h2>
          <button type="button" className="button button--primary" onClick={() => setCreating(true)} aria-keyshortcuts="n">
            {t("sessions:list.new")}
          </button>
        </div>
        <SessionList selectedSid={sid} onSelect={setSid} showAgent={user.role === "supervisor"} />
      </nav>
      <main id="main" className="session-pane" tabIndex={-1}>
        {sid ? (
          <SessionPane key={sid} sid={sid} onClear={() => setSid(undefined)} />
        ) : (
          <div className="empty-state">
            <h2 className="empty-state__title">{t("sessions:detail.noneTitle")}</h2>
            <p className="muted">{t("sessions:detail.noneBody")}</p>
          </div>
        )}
      </main>
      <NewSessionDialog open={creating} onClose={closeDialog} onCreated={(session) => setSid(session.sid)} />
    </div>
  );
}
