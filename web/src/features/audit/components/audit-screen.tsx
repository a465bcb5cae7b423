import "../audit.css";
import { useEffect, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiErrorNotice } from "../../../components/api-error-notice.tsx";
import { registerLazyNamespace } from "../../../i18n/i18n.ts";
import { setSearchParams, useSearchParams } from "../../../lib/search-param.ts";
import { useAudit } from "../api/get-audit.ts";
import { auditFilterFromParams, auditFilterToParams } from "../lib/audit-filter.ts";
import { auditLocales } from "../locales.ts";
import { AuditFilters } from "./audit-filters.tsx";
import { AuditTable } from "./audit-table.tsx";

// The audit trail (loaded on demand, with its strings): every TOP call, newest first, filtered by
// session, actor, call and outcome, older calls a page at a time. The filter lives in the URL
// (`?view=audit&outcome=platform_refused`): Apply adds a history entry, so Back and Forward step
// through filters and a reload or a shared link shows the same calls.

registerLazyNamespace("audit", auditLocales);

export function AuditScreen() {
  const { t } = useTranslation(["audit", "common"]);
  const params = useSearchParams();
  const filter = useMemo(() => auditFilterFromParams(params), [params]);
  // A reset empties the fields by starting the form afresh; applying keeps it (and the focus on Apply).
  // Back and Forward change the URL under the form, so it starts again from the URL then too.
  const [formGeneration, setFormGeneration] = useState(0);
  useEffect(() => {
    const renew = () => setFormGeneration((n) => n + 1);
    window.addEventListener("popstate", renew);
    return () => window.removeEventListener("popstate", renew);
  }, []);
  const audit = useAudit(filter);
  const headingId = useId();
  const entries = audit.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.values(filter).some((value) => value !== undefined);

  return (
    <main id="main" className="screen audit-screen" tabIndex={-1} aria-labelledby={headingId}>
      <header className="screen__header screen__header--actions">
        <div>
          <h1 id={headingId} className="screen__title">
            {t("title")}
          </h1>
          <p className="muted">{t("intro")}</p>
        </div>
        <button
          type="button"
          className="button"
          onClick={() => void audit.refetch()}
          aria-disabled={audit.isFetching || undefined}
        >
          {t("refresh")}
        </button>
      </header>
      <AuditFilters
        key={formGeneration}
        filter={filter}
        onApply={(next) => setSearchParams(auditFilterToParams(next))}
        onReset={() => {
          setSearchParams(auditFilterToParams({}));
          setFormGeneration((n) => n + 1);
        }}
      />
      {audit.isError && <ApiErrorNotice error={audit.error} onRetry={() => void audit.refetch()} />}
      {audit.isPending ? (
        <p className="muted pane-message">{t("loading")}</p>
      ) : entries.length === 0 ? (
        !audit.isError && <p className="muted data-table-empty">{filtered ? t("empty") : t("emptyAll")}</p>
      ) : (
        <AuditTable entries={entries} />
      )}
      {audit.hasNextPage && (
        <div className="audit-more">
          <button
            type="button"
            className="button"
            onClick={() => void audit.fetchNextPage()}
            aria-disabled={audit.isFetchingNextPage || undefined}
          >
            {t("loadMore")}
          </button>
        </div>
      )}
    </main>
  );
}
