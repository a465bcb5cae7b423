import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { closedSessionView } from "../lib/testing/session-view.ts";
import type { SessionView } from "../../../contract/api.ts";
import { dispatchConsoleEvent } from "../lib/console-events.ts";
import { queryKeys } from "../lib/query-keys.ts";
import { liveEventHandlers } from "./live-events.ts";

// The composed list reaches every feature's views: one session event updates the agent's session
// detail and lists and the supervisor's board at once.

describe("the console's live-event handlers", () => {
  it("bring a closed session to the session pane, the agent's list and the board", () => {
    const session = closedSessionView();
    const client = new QueryClient();
    client.setQueryData(queryKeys.sessions.list({ limit: 50 }), { pages: [], pageParams: [] });
    client.setQueryData(queryKeys.board.sessions({ idle: 5 }), { pages: [], pageParams: [] });
    dispatchConsoleEvent(liveEventHandlers, { type: "session.closed", session }, client);
    expect(client.getQueryData<SessionView>(queryKeys.sessions.detail("s-1"))?.status).toBe("closed");
    expect(client.getQueryState(queryKeys.sessions.list({ limit: 50 }))?.isInvalidated).toBe(true);
    expect(client.getQueryState(queryKeys.board.sessions({ idle: 5 }))?.isInvalidated).toBe(true);
  });
});
