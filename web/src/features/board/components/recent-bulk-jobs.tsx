import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiErrorNotice } from "../../../components/api-error-notice.tsx";
import { useRecentBulkJobs } from "../api/get-recent-bulk-jobs.ts";
import { RecentBulkJobItem } from "./recent-bulk-job-item.tsx";

// Every supervisor's recent bulk closes, newest first, in every open board: a job started in another
// tab or by a colleague shows here at once and moves with its progress events, so nobody starts a
// second close of the same sessions or misses failures to retry. The first few show; the rest on demand.

const initiallyShown = 5;

export function RecentBulkJobs({ openJobId, onOpen }: { openJobId: string | undefined; onOpen: (id: string) => void }) {
  const { t } = useTranslation("board");
  const jobs = useRecentBulkJobs();
  const [all, setAll] = useState(false);
  const headingId = useId();
  const items = jobs.data?.items ?? [];
  if (jobs.isPending || (items.length === 0 && !jobs.isError)) return null;
  const shown = all ? items : items.slice(0, initiallyShown);

  return (
    <section className="panel recent-jobs" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {t("jobs.title")}
      </h2>
      {jobs.isError && <ApiErrorNotice error={jobs.error} message={t("jobs.loadFailed")} onRetry={() => void jobs.refetch()} />}
      <ul className="recent-jobs__list">
        {shown.map((job) => (
          <RecentBulkJobItem key={job.id} job={job} open={job.id === openJobId} onOpen={() => onOpen(job.id)} />
        ))}
      </ul>
      {items.length > initiallyShown && (
        <button type="button" className="button button--quiet button--small" aria-expanded={all} onClick={() => setAll((value) => !value)}>
          {all ? t("jobs.showFewer") : t("jobs.showAll", { count: items.length })}
        </button>
      )}
    </section>
  );
}
