import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { closedSessionView } from "../../lib/testing/session-view.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { quickRepliesLiveEvents } from "./live-events.ts";

describe("quick replies live events", () => {
  it("refetches every list of replies (the screen's and the picker's) when one changed", () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.quickReplies.list(""), { items: [] });
    client.setQueryData(queryKeys.quickReplies.list("wait"), { items: [] });
    quickRepliesLiveEvents({ type: "quick_replies.changed", id: "r1", change: "deleted" }, client);
    expect(client.getQueryState(queryKeys.quickReplies.list(""))?.isInvalidated).toBe(true);
    expect(client.getQueryState(queryKeys.quickReplies.list("wait"))?.isInvalidated).toBe(true);
  });

  it("leaves them alone for other events", () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.quickReplies.list(""), { items: [] });
    quickRepliesLiveEvents({ type: "session.closed", session: closedSessionView() }, client);
    expect(client.getQueryState(queryKeys.quickReplies.list(""))?.isInvalidated).toBe(false);
  });
});
