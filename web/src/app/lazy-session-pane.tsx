import { ErrorBoundary } from "react-error-boundary";
import { useTranslation } from "react-i18next";
import { sessionPaneChunk } from "./chunks.ts";
import { LazyChunk } from "./lazy-chunk.tsx";
import { LoadFailedNotice } from "./lazy-screen.tsx";
import type { SessionPaneProps } from "./session-pane.tsx";

// The selected session (chat, composer, markdown, groups, tickets) is most of the console's code, and
// the first screen does not need it: it loads as a chunk of its own. The warm-up (console-warmup.ts)
// starts it with the console's chunk when the address names a session, and after the first screen
// otherwise, so opening one rarely waits for it.

export function LazySessionPane(props: SessionPaneProps) {
  const { t } = useTranslation("sessions");
  const failed = <LoadFailedNotice className="pane-message" />;
  return (
    <ErrorBoundary fallback={failed}>
      <LazyChunk chunk={sessionPaneChunk} loading={<p className="muted pane-message">{t("detail.loading")}</p>} failed={failed}>
        {({ SessionPane }) => <SessionPane {...props} />}
      </LazyChunk>
    </ErrorBoundary>
  );
}
