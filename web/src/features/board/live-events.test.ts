import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { closedSessionView } from "../../lib/testing/session-view.ts";
import type { BulkCloseJob, BulkJobSummary, RecentBulkJobs } from "../../../../contract/board.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { newerBulkJob } from "./lib/newer-bulk-job.ts";
import { boardLiveEvents } from "./live-events.ts";

const job: BulkJobSummary = {
  id: "job-1",
  reason: "memberIsSilent",
  actor: "supervisor",
  status: "running",
  total: 5,
  done: 2,
  unknown_to_platform: 0,
  failed: 0,
  created_at: 1,
  run_started_at: 1,
};
const failure = { sid: "s-2", error: { code: "top_rejected" as const, message: "locked" } };
const session = closedSessionView();

describe("board live events", () => {
  it("refetches the board's session lists when a session opens or closes, not the auto-close policy", () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.board.sessions({ idle: 5 }), { pages: [], pageParams: [] });
    client.setQueryData(queryKeys.board.autoClose(), { enabled: false });
    boardLiveEvents({ type: "session.closed", session }, client);
    expect(client.getQueryState(queryKeys.board.sessions({ idle: 5 }))?.isInvalidated).toBe(true);
    expect(client.getQueryState(queryKeys.board.autoClose())?.isInvalidated).toBe(false);
  });

  it("lists a job another supervisor started at the top of the recent jobs, and moves it on in place", () => {
    const client = new QueryClient();
    const older = { ...job, id: "job-0", actor: "li.na", status: "finished" as const, created_at: 0, run_started_at: 0 };
    client.setQueryData<RecentBulkJobs>(queryKeys.board.recentJobs(), { items: [older] });
    boardLiveEvents({ type: "bulk.progress", job }, client);
    boardLiveEvents({ type: "bulk.progress", job: { ...job, done: 3, failed: 1 } }, client);
    boardLiveEvents({ type: "bulk.progress", job }, client);
    const items = client.getQueryData<RecentBulkJobs>(queryKeys.board.recentJobs())?.items;
    expect(items?.map((j) => [j.id, j.done, j.failed])).toEqual([
      ["job-1", 3, 1],
      ["job-0", 2, 0],
    ]);
  });

  it("moves an open job's counts on, keeps its failures until it is fetched again at the end of the run", () => {
    const client = new QueryClient();
    const key = queryKeys.board.job("job-1");
    client.setQueryData<BulkCloseJob>(key, { ...job, failed: 1, failures: [failure] });
    boardLiveEvents({ type: "bulk.progress", job: { ...job, done: 3, failed: 1 } }, client);
    expect(client.getQueryData<BulkCloseJob>(key)).toMatchObject({ done: 3, failed: 1, failures: [failure] });
    expect(client.getQueryState(key)?.isInvalidated).toBe(false);
    boardLiveEvents({ type: "bulk.progress", job: { ...job, status: "finished", done: 4, failed: 1 } }, client);
    boardLiveEvents({ type: "bulk.progress", job: { ...job, done: 4, failed: 0 } }, client);
    expect(client.getQueryData<BulkCloseJob>(key)?.status).toBe("finished");
    expect(client.getQueryState(key)?.isInvalidated).toBe(true);
  });

  it("makes no job details out of a progress event (they have no failures to show)", () => {
    const client = new QueryClient();
    boardLiveEvents({ type: "bulk.progress", job }, client);
    expect(client.getQueryData(queryKeys.board.job("job-1"))).toBeUndefined();
  });

  it("takes a newer snapshot, and a retry's run over the finished one before it", () => {
    expect(newerBulkJob(undefined, job)).toBe(job);
    const later = { ...job, done: 4 };
    expect(newerBulkJob(job, later)).toBe(later);
    const finished = { ...job, status: "finished" as const, done: 4, failed: 1, finished_at: 5 };
    const retried = { ...job, done: 4, failed: 0, run_started_at: 9 };
    expect(newerBulkJob(finished, retried)).toBe(retried);
    expect(newerBulkJob(retried, finished)).toBe(retried);
  });
});
