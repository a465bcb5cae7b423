import "../board.css";
import { useEffect, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { registerLazyNamespace } from "../../../i18n/i18n.ts";
import { setSearchParams, useSearchParams } from "../../../lib/search-param.ts";
import { filterFromParams, filterKey, filterToParams } from "../lib/board-filter-params.ts";
import { sortFromParams } from "../lib/board-sort.ts";
import { boardLocales } from "../locales.ts";
import { AutoClosePanel } from "./auto-close-panel.tsx";
import { BoardFilters } from "./board-filters.tsx";
import { BoardSessions } from "./board-sessions.tsx";
import { BulkProgress } from "./bulk-progress.tsx";
import { RecentBulkJobs } from "./recent-bulk-jobs.tsx";

// The supervisor's board (loaded on demand, with its strings). Filter, order and the bulk close being
// watched live in the URL (`?view=board&idle=30&sort=agent&dir=asc&job=…`), so a reload shows the same
// screen. Every supervisor's recent bulk closes are listed live, whichever tab started them.

registerLazyNamespace("board", boardLocales);

export function BoardScreen() {
  const { t } = useTranslation("board");
  const params = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const sort = useMemo(() => sortFromParams(params), [params]);
  const jobId = params.get("job") ?? undefined;
  const headingId = useId();
  // The filter form keeps its own state while the supervisor works in it (and keeps focus on Apply);
  // it starts again from the URL only when the URL changed under it: Back, Forward, or a reset.
  const [formGeneration, setFormGeneration] = useState(0);
  useEffect(() => {
    const renew = () => setFormGeneration((n) => n + 1);
    window.addEventListener("popstate", renew);
    return () => window.removeEventListener("popstate", renew);
  }, []);

  return (
    <main id="main" className="screen board-screen" tabIndex={-1} aria-labelledby={headingId}>
      <div className="board-screen__main">
        <header className="screen__header">
          <h1 id={headingId} className="screen__title">
            {t("title")}
          </h1>
          <p className="muted">{t("intro")}</p>
        </header>
        <BoardFilters
          key={formGeneration}
          filter={filter}
          onApply={(next) => setSearchParams(filterToParams(next))}
          onReset={() => {
            setSearchParams(filterToParams({}));
            setFormGeneration((n) => n + 1);
          }}
        />
        {jobId && <BulkProgress key={jobId} id={jobId} onDismiss={() => setSearchParams({ job: undefined }, { replace: true })} />}
        {/* A new filter starts a new selection: what was ticked may not match any more. */}
        <BoardSessions key={filterKey(filter)} filter={filter} sort={sort} onStarted={(id) => setSearchParams({ job: id })} />
        {/* After the sessions: up to 20 past jobs above them pushed the board off a phone's screen. */}
        <RecentBulkJobs openJobId={jobId} onOpen={(id) => setSearchParams({ job: id })} />
      </div>
      <div className="board-screen__side">
        <AutoClosePanel />
      </div>
    </main>
  );
}
