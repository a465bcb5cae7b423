import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import type { SessionView } from "../../../contract/api.ts";
import { applyConsoleEvent, consoleEventTypes, parseConsoleEvent } from "./console-events.ts";
import { queryKeys } from "./query-keys.ts";

const session: SessionView = {
  sid: "s-1",
  status: "closed",
  channel: "0",
  channel_uid: "u1",
  session_source: "XSpace",
  service_id: "80003",
  bu_id: "100",
  agent: "agent",
  opened_at: 1,
  last_activity_at: 2,
  closed_at: 2,
  close_reason: "memberIsSilent",
};

describe("console events", () => {
  it("knows every event type of the contract", () => {
    expect(consoleEventTypes).toEqual([
      "session.opened",
      "session.closed",
      "session.updated",
      "message.updated",
      "bulk.progress",
    ]);
  });

  it("parses what the server sends and drops anything else", () => {
    expect(parseConsoleEvent(JSON.stringify({ type: "session.closed", session }))?.type).toBe("session.closed");
    expect(parseConsoleEvent("{not json")).toBeUndefined();
    expect(parseConsoleEvent(JSON.stringify({ type: "session.closed" }))).toBeUndefined();
  });

  it("replaces the session's detail and refetches the lists", () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.sessions.detail("s-1"), { ...session, status: "open" });
    client.setQueryData(queryKeys.sessions.list({ limit: 50 }), { pages: [], pageParams: [] });
    applyConsoleEvent(client, { type: "session.closed", session });
    expect(client.getQueryData<SessionView>(queryKeys.sessions.detail("s-1"))?.status).toBe("closed");
    expect(client.getQueryState(queryKeys.sessions.list({ limit: 50 }))?.isInvalidated).toBe(true);
  });

  it("refetches the messages of the session a message belongs to", () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.messages.list("s-1"), { pages: [], pageParams: [] });
    client.setQueryData(queryKeys.messages.list("s-2"), { pages: [], pageParams: [] });
    const message = {
      message_id: "m1",
      sid: "s-1",
      content_type: 1 as const,
      content: "hi",
      sender_type: "4" as const,
      status: "sent" as const,
      created_at: 1,
      updated_at: 1,
    };
    applyConsoleEvent(client, { type: "message.updated", agent: "agent", message });
    expect(client.getQueryState(queryKeys.messages.list("s-1"))?.isInvalidated).toBe(true);
    expect(client.getQueryState(queryKeys.messages.list("s-2"))?.isInvalidated).toBe(false);
  });
});
