import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import type { UserView } from "../../../contract/auth.ts";
import { useTitleCount } from "../features/notifications/lib/use-title-count.ts";
import { ShortcutsDialog } from "../features/shortcuts/components/shortcuts-dialog.tsx";
import { useShortcuts } from "../features/shortcuts/lib/use-shortcuts.ts";
import { useSearchParam } from "../lib/search-param.ts";
import { useConsoleEvents } from "../lib/use-console-events.ts";
import { AppHeader } from "./app-header.tsx";
import { chunk } from "./chunks.ts";
import { LazyScreen } from "./lazy-screen.tsx";
import { liveEventHandlers } from "./live-events.ts";
import { ScreenNav } from "./screen-nav.tsx";
import { type Screen, screenFor, screensFor, viewParam } from "./screens.ts";
import { Workspace } from "./workspace.tsx";

// The signed-in console: the header, and the screen `?view=` names, if the user's role has it. The
// supervisor's screens load on demand, so an agent's browser never downloads them.

const boardChunk = chunk(() => import("../features/board/components/board-screen.tsx"));
const auditChunk = chunk(() => import("../features/audit/components/audit-screen.tsx"));
const quickRepliesChunk = chunk(() => import("../features/quick-replies/components/quick-replies-screen.tsx"));

export function Console({ user }: { user: UserView }) {
  const { t } = useTranslation("app");
  const [view, setView] = useSearchParam("view");
  const [showShortcuts, setShowShortcuts] = useState(false);
  const closeShortcuts = useCallback(() => setShowShortcuts(false), []);
  const screen = screenFor(view, user.role);
  const available = screensFor(user.role);
  useConsoleEvents(liveEventHandlers);
  useTitleCount();
  useShortcuts({ showShortcuts: () => setShowShortcuts(true) });

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {screen === "sessions" ? t("skipToMain") : t("skipToContent")}
      </a>
      <AppHeader
        user={user}
        onShowShortcuts={() => setShowShortcuts(true)}
        nav={
          available.length > 1 && (
            <ScreenNav screens={available} current={screen} onNavigate={(next: Screen) => setView(viewParam(next))} />
          )
        }
      />
      {/* Keyed by screen: each has its own error boundary, so one that failed does not stay on the next. */}
      {screen === "board" ? (
        <LazyScreen key={screen} chunk={boardChunk}>{({ BoardScreen }) => <BoardScreen />}</LazyScreen>
      ) : screen === "audit" ? (
        <LazyScreen key={screen} chunk={auditChunk}>{({ AuditScreen }) => <AuditScreen />}</LazyScreen>
      ) : screen === "quick-replies" ? (
        <LazyScreen key={screen} chunk={quickRepliesChunk}>
          {({ QuickRepliesScreen }) => <QuickRepliesScreen agentName={user.display_name} />}
        </LazyScreen>
      ) : (
        <Workspace user={user} />
      )}
      <ShortcutsDialog open={showShortcuts} onClose={closeShortcuts} />
    </div>
  );
}
