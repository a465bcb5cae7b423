import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import type { SessionView } from "../../../contract/api.ts";
import type { BulkCloseJob } from "../../../contract/board.ts";
import { applyConsoleEvent, consoleEventTypes, newerBulkJob, parseConsoleEvent } from "./console-events.ts";
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
      type: "TEXT" as const,
      payload: { text: "hi" },
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

describe("board and bulk-close events", () => {
  const job: BulkCloseJob = {
    id: "job-1",
    reason: "memberIsSilent",
    actor: "supervisor",
    status: "running",
    total: 5,
    done: 2,
    failed: 0,
    created_at: 1,
    failures: [],
  };

  it("refetches the board when a session opens or closes", () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.board.sessions({ idle: 5 }), { pages: [], pageParams: [] });
    client.setQueryData(queryKeys.board.autoClose(), { enabled: false });
    applyConsoleEvent(client, { type: "session.closed", session });
    expect(client.getQueryState(queryKeys.board.sessions({ idle: 5 }))?.isInvalidated).toBe(true);
    expect(client.getQueryState(queryKeys.board.autoClose())?.isInvalidated).toBe(false);
  });

  it("keeps the job's progress from going backwards when answers cross", () => {
    const client = new QueryClient();
    applyConsoleEvent(client, { type: "bulk.progress", job: { ...job, done: 3, failed: 1 } });
    applyConsoleEvent(client, { type: "bulk.progress", job });
    expect(client.getQueryData<BulkCloseJob>(queryKeys.board.job("job-1"))).toMatchObject({ done: 3, failed: 1 });
    applyConsoleEvent(client, { type: "bulk.progress", job: { ...job, status: "finished", done: 4, failed: 1 } });
    applyConsoleEvent(client, { type: "bulk.progress", job: { ...job, done: 4, failed: 0 } });
    expect(client.getQueryData<BulkCloseJob>(queryKeys.board.job("job-1"))?.status).toBe("finished");
  });

  it("takes a newer snapshot", () => {
    expect(newerBulkJob(undefined, job)).toBe(job);
    const later = { ...job, done: 4 };
    expect(newerBulkJob(job, later)).toBe(later);
  });
});
