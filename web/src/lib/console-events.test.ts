import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";
import type { ConsoleEvent } from "../../../contract/events.ts";
import { type ConsoleEventHandler, consoleEventTypes, dispatchConsoleEvent, parseConsoleEvent, refetchAfterReconnect } from "./console-events.ts";

const session = {
  sid: "s-1",
  status: "closed" as const,
  channel: "0" as const,
  channel_uid: "u1",
  session_source: "XSpace",
  service_id: "80003",
  bu_id: "100",
  origin: "agent" as const,
  unread_count: 0,
  agent: "agent",
  opened_at: 1,
  last_activity_at: 2,
  closed_at: 2,
  close_reason: "memberIsSilent" as const,
};

describe("console events", () => {
  it("knows every event type of the contract", () => {
    expect(consoleEventTypes).toEqual(["session.opened", "session.closed", "session.updated", "session.assigned", "message.updated", "quick_replies.changed", "bulk.progress"]);
  });

  it("parses what the server sends and drops anything else", () => {
    expect(parseConsoleEvent(JSON.stringify({ type: "session.closed", session }))?.type).toBe("session.closed");
    expect(parseConsoleEvent("{not json")).toBeUndefined();
    expect(parseConsoleEvent(JSON.stringify({ type: "session.closed" }))).toBeUndefined();
  });

  it("gives each event to every handler in order, even after one of them fails", () => {
    const client = new QueryClient();
    const event: ConsoleEvent = { type: "session.closed", session };
    const seen: string[] = [];
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const handlers: ConsoleEventHandler[] = [
      (e, c) => seen.push(`first ${e.type} ${String(c === client)}`),
      () => {
        throw new Error("broken handler");
      },
      (e) => seen.push(`third ${e.type}`),
    ];
    dispatchConsoleEvent(handlers, event, client);
    expect(seen).toEqual(["first session.closed true", "third session.closed"]);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it("refetches everything after a reconnect, whatever feature shows it", () => {
    const client = new QueryClient();
    client.setQueryData(["anything", 1], 1);
    client.setQueryData(["else"], 2);
    refetchAfterReconnect(client);
    expect(client.getQueryState(["anything", 1])?.isInvalidated).toBe(true);
    expect(client.getQueryState(["else"])?.isInvalidated).toBe(true);
  });
});
