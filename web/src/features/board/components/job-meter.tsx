import { useTranslation } from "react-i18next";
import type { BulkJobSummary } from "../../../../../contract/board.ts";
import { processedCount } from "../lib/job-summary.ts";

// "n of total" with a bar in three parts: closed, not known to the platform, failed. `label` names the
// bar; in a list of jobs each needs its own name (whose job, when), so one bar is not read as another.

export function JobMeter({ job, label }: { job: BulkJobSummary; label: string }) {
  const { t } = useTranslation("board");
  const processed = processedCount(job);
  const share = (n: number) => `${job.total === 0 ? 0 : (n / job.total) * 100}%`;
  const count = t("progress.count", { processed, total: job.total });
  return (
    <div className="bulk-progress__meter">
      <div
        role="progressbar"
        className="progress"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={job.total}
        aria-valuenow={processed}
        aria-valuetext={count}
      >
        <div className="progress__bar" style={{ width: share(job.done) }} />
        <div className="progress__bar progress__bar--unknown" style={{ width: share(job.unknown_to_platform) }} />
        <div className="progress__bar progress__bar--failed" style={{ width: share(job.failed) }} />
      </div>
      <span className="bulk-progress__count">{count}</span>
    </div>
  );
}
