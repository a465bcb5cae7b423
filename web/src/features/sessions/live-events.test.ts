import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import type { SessionView } from "../../../../contract/api.ts";
import type { BulkCloseJob } from "../../../../contract/board.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { sessionsLiveEvents } from "./live-events.ts";

const session: SessionView = {
  sid: "s-1",
  status: "closed",
  channel: "0",
  channel_uid: "u1",
  session_source: "XSpace",
  service_id: "80003",
  bu_id: "100",
  origin: "agent",
  unread_count: 0,
  agent: "agent",
  opened_at: 1,
  last_activity_at: 2,
  closed_at: 2,
  close_reason: "memberIsSilent",
};

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
    const job: BulkCloseJob = { id: "j", reason: "memberIsSilent", actor: "s", status: "running", total: 1, done: 0, unknown_to_platform: 0, failed: 0, created_at: 1, failures: [] };
    sessionsLiveEvents({ type: "bulk.progress", job }, client);
    expect(client.getQueryState(queryKeys.sessions.list({ limit: 50 }))?.isInvalidated).toBe(false);
  });
});
