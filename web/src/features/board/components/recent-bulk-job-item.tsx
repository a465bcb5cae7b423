import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { BulkJobSummary } from "../../../../../contract/board.ts";
import { ApiErrorNotice } from "../../../components/api-error-notice.tsx";
import { RelativeTime } from "../../../components/relative-time.tsx";
import { formatDateTime } from "../../../lib/format-time.ts";
import { useRetryBulkClose } from "../api/retry-bulk-close.ts";
import { isCleanFinish, jobSummary } from "../lib/job-summary.ts";
import { JobMeter } from "./job-meter.tsx";

// One recent bulk close: who started it and why, when, how far it got, and its outcome in a sentence.
// "Details" opens it above the table with each failure in the platform's own words; a finished job with
// failures can be retried from here by any supervisor, not only the one who started it.

export function RecentBulkJobItem({ job, open, onOpen }: { job: BulkJobSummary; open: boolean; onOpen: () => void }) {
  const { t, i18n } = useTranslation(["board", "common"]);
  const retry = useRetryBulkClose();
  const whoId = useId();
  const summary = jobSummary(job);
  const running = job.status === "running";

  return (
    <li className={open ? "recent-job is-open" : "recent-job"}>
      <p id={whoId} className="recent-job__who">
        <span className={running ? "badge badge--running" : isCleanFinish(job) ? "badge badge--open" : "badge badge--warning"}>
          {t(running ? "jobs.running" : "jobs.finished")}
        </span>{" "}
        {t("jobs.by", { actor: job.actor, reason: t(`common:closeReason.${job.reason}`) })} · <RelativeTime at={job.created_at} />
      </p>
      <JobMeter job={job} label={t("jobs.meterLabel", { actor: job.actor, at: formatDateTime(job.created_at, i18n.language) })} />
      <p className="recent-job__summary">{t(`progress.${summary.key}`, summary.values)}</p>
      <div className="recent-job__actions">
        <button type="button" className="button button--quiet button--small" aria-describedby={whoId} aria-pressed={open} onClick={onOpen}>
          {t("jobs.details")}
        </button>
        {!running && job.failed > 0 && (
          <button
            type="button"
            className="button button--primary button--small"
            aria-describedby={whoId}
            aria-disabled={retry.isPending || undefined}
            onClick={() => {
              if (!retry.isPending) retry.mutate(job.id);
            }}
          >
            {t("progress.retry", { count: job.failed })}
          </button>
        )}
      </div>
      {retry.isError && <ApiErrorNotice error={retry.error} />}
    </li>
  );
}
