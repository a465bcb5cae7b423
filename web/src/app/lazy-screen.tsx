import type { ReactNode } from "react";
import { ErrorBoundary } from "react-error-boundary";
import { useTranslation } from "react-i18next";
import type { Chunk } from "./chunks.ts";
import { LazyChunk } from "./lazy-chunk.tsx";

// A screen whose code loads on demand: "Loading…" meanwhile, and if the code cannot be fetched (the
// network dropped, or a new version was deployed meanwhile) a message with a reload instead of a
// blank page.

export function LazyScreen<M>({ chunk, children }: { chunk: Chunk<M>; children: (module: M) => ReactNode }) {
  return (
    <ErrorBoundary fallback={<ScreenLoadFailed />}>
      <LazyChunk chunk={chunk} loading={<Loading />} failed={<ScreenLoadFailed />}>
        {children}
      </LazyChunk>
    </ErrorBoundary>
  );
}

function Loading() {
  const { t } = useTranslation("common");
  return (
    <main id="main" className="screen" tabIndex={-1}>
      <p className="muted" role="status">
        {t("loading")}
      </p>
    </main>
  );
}

/** In place of a whole screen (the page's main content) whose code could not be fetched. */
export function ScreenLoadFailed() {
  return (
    <main id="main" className="screen" tabIndex={-1}>
      <LoadFailedNotice />
    </main>
  );
}

/** Code that loads on demand (a screen, the session pane) could not be fetched: say so, and offer a reload. */
export function LoadFailedNotice({ className }: { className?: string }) {
  const { t } = useTranslation("app");
  return (
    <div role="alert" className={className ? `notice notice--error ${className}` : "notice notice--error"}>
      <p className="notice__title">{t("screenLoadFailed")}</p>
      <button type="button" className="button button--small" onClick={() => window.location.reload()}>
        {t("reload")}
      </button>
    </div>
  );
}
