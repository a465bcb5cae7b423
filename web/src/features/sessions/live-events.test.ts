import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { closedSessionView } from "../../lib/testing/session-view.ts";
import type { SessionView } from "../../../../contract/api.ts";
import type { BulkCloseJob } from "../../../../contract/board.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { sessionsLiveEvents } from "./live-events.ts";

const session = closedSessionView({ closed_at: 2, close_reason: "memberIsSilent" });

describe("sessions live events", () => {
  it("replaces the session's detail and refetches the lists", () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.sessions.detail("s-1"), { ...session, status: "open" });
    client.setQueryData(queryKeys.sessions.list({ limit: 50 }), { pages: [], pageParams: [] });
    sessionsLiveEvents({ type: "session.closed", session }, client);
    expect(client.getQueryData<SessionView>(queryKeys.sessions.detail("s-1"))?.status).toBe("closed");
    expect(client.getQueryState(queryKeys.sessions.list({ limit: 50 }))?.isInvalidated).toBe(true);
  });

  it("leaves its queries alone on a bulk close's progress", () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.sessions.list({ limit: 50 }), { pages: [], pageParams: [] });
    const job: BulkCloseJob = { id: "j", reason: "memberIsSilent", actor: "s", status: "running", total: 1, done: 0, unknown_to_platform: 0, failed: 0, created_at: 1, run_started_at: 1, failures: [] };
    sessionsLiveEvents({ type: "bulk.progress", job }, client);
    expect(client.getQueryState(queryKeys.sessions.list({ limit: 50 }))?.isInvalidated).toBe(false);
  });
});
