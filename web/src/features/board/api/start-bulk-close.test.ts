import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import type { BulkCloseJob, RecentBulkJobs } from "../../../../../contract/board.ts";
import { queryKeys } from "../../../lib/query-keys.ts";
import { boardLiveEvents } from "../live-events.ts";
import { cacheStartedJob } from "./start-bulk-close.ts";

const answer: BulkCloseJob = {
  id: "job-1",
  reason: "memberIsSilent",
  actor: "supervisor",
  status: "running",
  total: 2,
  done: 0,
  unknown_to_platform: 0,
  failed: 0,
  created_at: 1,
  run_started_at: 1,
  failures: [],
};
const { failures: _failures, ...summary } = answer;

function boardWithRecentJobs(): QueryClient {
  const client = new QueryClient();
  client.setQueryData<RecentBulkJobs>(queryKeys.board.recentJobs(), { items: [] });
  return client;
}

describe("starting a bulk close", () => {
  it("caches the answer as the job's details, and lists it", () => {
    const client = boardWithRecentJobs();
    cacheStartedJob(client, answer);
    expect(client.getQueryData(queryKeys.board.job("job-1"))).toEqual(answer);
    expect(client.getQueryData<RecentBulkJobs>(queryKeys.board.recentJobs())?.items.map((job) => job.id)).toEqual(["job-1"]);
    expect(client.getQueryState(queryKeys.board.job("job-1"))?.isInvalidated).toBe(false);
  });

  it("fetches the details again when the job's events finished it before the answer came", () => {
    const client = boardWithRecentJobs();
    boardLiveEvents({ type: "bulk.progress", job: { ...summary, done: 1 } }, client);
    boardLiveEvents({ type: "bulk.progress", job: { ...summary, status: "finished", done: 2, finished_at: 2 } }, client);
    cacheStartedJob(client, answer);
    expect(client.getQueryData<RecentBulkJobs>(queryKeys.board.recentJobs())?.items[0]).toMatchObject({ status: "finished", done: 2 });
    expect(client.getQueryState(queryKeys.board.job("job-1"))?.isInvalidated).toBe(true);
  });
});
