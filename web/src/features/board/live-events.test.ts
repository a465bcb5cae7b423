import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { closedSessionView } from "../../lib/testing/session-view.ts";
import type { BulkCloseJob } from "../../../../contract/board.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { newerBulkJob } from "./lib/newer-bulk-job.ts";
import { boardLiveEvents } from "./live-events.ts";

const job: BulkCloseJob = {
  id: "job-1",
  reason: "memberIsSilent",
  actor: "supervisor",
  status: "running",
  total: 5,
  done: 2,
  unknown_to_platform: 0,
  failed: 0,
  created_at: 1,
  failures: [],
};
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

  it("keeps the job's progress from going backwards when answers cross", () => {
    const client = new QueryClient();
    boardLiveEvents({ type: "bulk.progress", job: { ...job, done: 3, failed: 1 } }, client);
    boardLiveEvents({ type: "bulk.progress", job }, client);
    expect(client.getQueryData<BulkCloseJob>(queryKeys.board.job("job-1"))).toMatchObject({ done: 3, failed: 1 });
    boardLiveEvents({ type: "bulk.progress", job: { ...job, status: "finished", done: 4, failed: 1 } }, client);
    boardLiveEvents({ type: "bulk.progress", job: { ...job, done: 4, failed: 0 } }, client);
    expect(client.getQueryData<BulkCloseJob>(queryKeys.board.job("job-1"))?.status).toBe("finished");
  });

  it("takes a newer snapshot", () => {
    expect(newerBulkJob(undefined, job)).toBe(job);
    const later = { ...job, done: 4 };
    expect(newerBulkJob(job, later)).toBe(later);
  });
});
