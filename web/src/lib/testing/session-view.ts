import type { SessionView } from "../../../../contract/api.ts";

/** A closed session as the BFF answers it, for tests of the views that show sessions; override what a test needs. */
export function closedSessionView(overrides: Partial<SessionView> = {}): SessionView {
  return {
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
    ...overrides,
  };
}
