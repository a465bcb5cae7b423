import { Component, type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";

// A screen whose code loads on demand: "Loading…" meanwhile, and if the code cannot be fetched (the
// network dropped, or a new version was deployed meanwhile) a message with a reload instead of a
// blank page.

export function LazyScreen({ children }: { children: ReactNode }) {
  return (
    <LoadBoundary>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </LoadBoundary>
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

function LoadFailed() {
  const { t } = useTranslation("app");
  return (
    <main id="main" className="screen" tabIndex={-1}>
      <div role="alert" className="notice notice--error">
        <p className="notice__title">{t("screenLoadFailed")}</p>
        <button type="button" className="button button--small" onClick={() => window.location.reload()}>
          {t("reload")}
        </button>
      </div>
    </main>
  );
}

class LoadBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? <LoadFailed /> : this.props.children;
  }
}
