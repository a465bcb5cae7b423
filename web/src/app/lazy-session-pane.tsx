import { lazy, Suspense } from "react";
import { ErrorBoundary } from "react-error-boundary";
import { useTranslation } from "react-i18next";
import { loadSessionPane } from "./chunks.ts";
import { LoadFailedNotice } from "./lazy-screen.tsx";
import type { SessionPaneProps } from "./session-pane.tsx";

// The selected session (chat, composer, markdown, groups, tickets) is most of the console's code, and
// the first screen does not need it: it loads as a chunk of its own. The warm-up (console-warmup.ts)
// starts it with the console's chunk when the address names a session, and after the first screen
// otherwise, so opening one rarely waits for it.

const SessionPane = lazy(() => loadSessionPane().then((m) => ({ default: m.SessionPane })));

export function LazySessionPane(props: SessionPaneProps) {
  const { t } = useTranslation("sessions");
  return (
    <ErrorBoundary fallback={<LoadFailedNotice className="pane-message" />}>
      <Suspense fallback={<p className="muted pane-message">{t("detail.loading")}</p>}>
        <SessionPane {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
