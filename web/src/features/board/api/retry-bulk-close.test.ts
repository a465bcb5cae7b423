import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import type { BulkCloseJob } from "../../../../../contract/board.ts";
import { queryKeys } from "../../../lib/query-keys.ts";
import { boardLiveEvents } from "../live-events.ts";
import { newerBulkJob } from "../lib/newer-bulk-job.ts";
import { rerunning } from "./retry-bulk-close.ts";

const failure = { sid: "s-2", error: { code: "top_rejected" as const, message: "locked" } };
const finished: BulkCloseJob = {
  id: "job-1",
  reason: "memberIsSilent",
  actor: "supervisor",
  status: "finished",
  total: 3,
  done: 1,
  unknown_to_platform: 0,
  failed: 2,
  created_at: 1,
  run_started_at: 1,
  finished_at: 2,
  failures: [failure, { ...failure, sid: "s-3" }],
};

describe("retrying a bulk close", () => {
  it("shows the job running again, without the failures being retried", () => {
    expect(rerunning(finished)).toMatchObject({ status: "running", done: 1, failed: 0, failures: [], finished_at: undefined });
  });

  it("takes the new run's events even when they arrive before the retry's own answer", () => {
    const client = new QueryClient();
    const key = queryKeys.board.job("job-1");
    client.setQueryData(key, rerunning(finished));
    const { failures: _failures, ...summary } = finished;
    const run = { ...summary, run_started_at: 3 };
    boardLiveEvents({ type: "bulk.progress", job: { ...run, status: "running", done: 2, failed: 0, finished_at: undefined } }, client);
    expect(client.getQueryData<BulkCloseJob>(key)?.done).toBe(2);
    boardLiveEvents({ type: "bulk.progress", job: { ...run, done: 3, failed: 0, finished_at: 4 } }, client);
    // The answer to the retry request, sent before those closes ran, comes last and changes nothing.
    client.setQueryData<BulkCloseJob>(key, (current) => newerBulkJob(current, { ...rerunning(finished), run_started_at: 3 }));
    expect(client.getQueryData<BulkCloseJob>(key)).toMatchObject({ status: "finished", done: 3, failed: 0, failures: [] });
  });
});
