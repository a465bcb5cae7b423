import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import type { ConsoleEvent } from "../../../../contract/events.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import { chatLiveEvents } from "./live-events.ts";

describe("chat live events", () => {
  it("refetches the messages of the session a message belongs to, and no other", () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.messages.list("s-1"), { pages: [], pageParams: [] });
    client.setQueryData(queryKeys.messages.list("s-2"), { pages: [], pageParams: [] });
    const event = {
      type: "message.updated",
      agent: "agent",
      message: { message_id: "m1", sid: "s-1", sender_type: "4", status: "sent", created_at: 1, updated_at: 1 },
    } as unknown as ConsoleEvent; // only the sid matters here; the payload's shape is the chat pane's subject
    chatLiveEvents(event, client);
    expect(client.getQueryState(queryKeys.messages.list("s-1"))?.isInvalidated).toBe(true);
    expect(client.getQueryState(queryKeys.messages.list("s-2"))?.isInvalidated).toBe(false);
  });
});
