import { type ReactNode, Suspense } from "react";
import { ErrorBoundary } from "react-error-boundary";
import { useTranslation } from "react-i18next";

// A screen whose code loads on demand: "Loading…" meanwhile, and if the code cannot be fetched (the
// network dropped, or a new version was deployed meanwhile) a message with a reload instead of a
// blank page.

export function LazyScreen({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary
      fallback={
        <main id="main" className="screen" tabIndex={-1}>
          <LoadFailedNotice />
        </main>
      }
    >
      <Suspense fallback={<Loading />}>{children}</Suspense>
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
