import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import type { BulkCloseJob } from "../../../../../contract/board.ts";
import { ApiErrorNotice } from "../../../components/api-error-notice.tsx";
import { useBulkCloseJob } from "../api/get-bulk-close-job.ts";
import { useRetryBulkClose } from "../api/retry-bulk-close.ts";
import { isCleanFinish, jobSummary } from "../lib/job-summary.ts";
import { BulkFailureItem } from "./bulk-failure-item.tsx";
import { JobMeter } from "./job-meter.tsx";

// A bulk close as it runs: "n of total" with a progress bar, what happened so far ("n closed, m not
// known to the platform, k failed"), each session that could not be closed with the platform's error,
// and "Retry failed" once the run is over. Sessions the platform no longer knows are not "failed":
// retrying cannot help them, so they are told apart and pointed at "Mark closed".

export function BulkProgress({ id, onDismiss }: { id: string; onDismiss: () => void }) {
  const { t } = useTranslation(["board", "common"]);
  const job = useBulkCloseJob(id);
  const retry = useRetryBulkClose();
  const headingId = useId();

  return (
    <section className="panel bulk-progress" aria-labelledby={headingId}>
      <div className="bulk-progress__head">
        <h2 id={headingId} className="panel__title">
          {t("progress.title")}
        </h2>
        {(job.isError || job.data?.status === "finished") && (
          <button type="button" className="button button--quiet button--small" onClick={onDismiss}>
            {t("progress.dismiss")}
          </button>
        )}
      </div>
      {job.data ? (
        <JobState
          job={job.data}
          retry={
            job.data.status === "finished" &&
            job.data.failed > 0 && (
              <button
                type="button"
                className="button button--primary button--small"
                aria-disabled={retry.isPending || undefined}
                onClick={() => {
                  if (!retry.isPending) retry.mutate(id);
                }}
              >
                {t("progress.retry", { count: job.data.failed })}
              </button>
            )
          }
        />
      ) : job.isError ? (
        <ApiErrorNotice error={job.error} message={t("progress.loadFailed")} onRetry={() => void job.refetch()} />
      ) : (
        <p className="muted">{t("common:loading")}</p>
      )}
      {retry.isError && <ApiErrorNotice error={retry.error} />}
    </section>
  );
}

function JobState({ job, retry }: { job: BulkCloseJob; retry: ReactNode }) {
  const { t } = useTranslation(["board", "common"]);
  const summary = jobSummary(job);

  return (
    <>
      <p className="muted">{t("progress.reason", { reason: t(`common:closeReason.${job.reason}`), actor: job.actor })}</p>
      <JobMeter job={job} label={t("progress.label")} />
      <div className="bulk-progress__outcome">
        <p role="status" className={isCleanFinish(job) ? "bulk-progress__summary is-done" : "bulk-progress__summary"}>
          {t(`progress.${summary.key}`, summary.values)}
        </p>
        {retry}
      </div>
      {job.unknown_to_platform > 0 && <p className="notice notice--warning">{t("progress.unknownHint", { count: job.unknown_to_platform })}</p>}
      {job.failures.length > 0 && (
        <>
          <h3 className="bulk-progress__failures-title">{t("progress.failures", { count: job.failures.length })}</h3>
          <ul className="bulk-failures">
            {job.failures.map((failure) => (
              <BulkFailureItem key={failure.sid} failure={failure} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
