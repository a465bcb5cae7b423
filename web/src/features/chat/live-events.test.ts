import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import type { MessageList, MessageView } from "../../../../contract/api.ts";
import type { ConsoleEvent } from "../../../../contract/events.ts";
import { queryKeys } from "../../lib/query-keys.ts";
import type { MessagePages } from "./lib/upsert-message.ts";
import { chatLiveEvents } from "./live-events.ts";
import { loadedChat, messageView } from "./testing/loaded-chat.ts";

const message = (id: string, createdAt: number, extra: Partial<Omit<MessageView, "type">> = {}) =>
  messageView(id, createdAt, { sender_type: "1", ...extra });

const updated = (m: MessageView): ConsoleEvent => ({ type: "message.updated", agent: "agent", message: m });

// Three pages as the server gives them for cursors undefined, "p2", "p3" (newest first).
const server: Record<string, MessageList> = {
  first: { items: [message("c1", 50), message("c2", 60)], nextCursor: "p2" },
  p2: { items: [message("b1", 30), message("b2", 40)], nextCursor: "p3" },
  p3: { items: [message("a1", 10), message("a2", 20)], nextCursor: "p4" },
};

const ids = (client: QueryClient, sid = "s-1") =>
  client
    .getQueryData<MessagePages>(queryKeys.messages.list(sid))
    ?.pages.toReversed()
    .flatMap((page) => page.items.map((item) => `${item.message_id}:${item.status}`));

describe("chat live events", () => {
  it("replaces an updated message in its page and fetches nothing", async () => {
    const { client, fetches, observer, unsubscribe } = await loadedChat(server);
    chatLiveEvents(updated(message("b2", 40, { status: "failed", updated_at: 70 })), client);
    expect(ids(client)).toEqual(["a1:sent", "a2:sent", "b1:sent", "b2:failed", "c1:sent", "c2:sent"]);
    expect(observer.getCurrentResult().data?.pages.at(1)?.items.at(1)?.status).toBe("failed");
    expect(client.getQueryState(queryKeys.messages.list("s-1"))?.isInvalidated).toBe(false);
    expect(fetches).not.toHaveBeenCalled();
    unsubscribe();
  });

  it("adds a new message at the newest end once, though its event comes twice, and fetches nothing", async () => {
    const { client, fetches, unsubscribe } = await loadedChat(server);
    chatLiveEvents(updated(message("d1", 80)), client);
    chatLiveEvents(updated(message("d1", 80)), client);
    expect(ids(client)).toEqual(["a1:sent", "a2:sent", "b1:sent", "b2:sent", "c1:sent", "c2:sent", "d1:sent"]);
    expect(fetches).not.toHaveBeenCalled();
    unsubscribe();
  });

  it("keeps a message that arrives while an older page is being fetched", async () => {
    const { client, fetches, observer, unsubscribe } = await loadedChat(server);
    let release: (page: MessageList) => void = () => undefined;
    fetches.mockImplementationOnce(() => new Promise<MessageList>((resolve) => (release = resolve)));
    const older = observer.fetchNextPage();
    chatLiveEvents(updated(message("d1", 80)), client);
    release({ items: [message("z1", 1)] });
    await older;
    expect(ids(client)).toEqual(["z1:sent", "a1:sent", "a2:sent", "b1:sent", "b2:sent", "c1:sent", "c2:sent", "d1:sent"]);
    expect(fetches).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it("refetches a conversation with nothing loaded yet, and leaves other sessions alone", () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.messages.list("s-2"), { pages: [{ items: [message("x1", 1, { sid: "s-2" })] }], pageParams: [undefined] });
    chatLiveEvents(updated(message("m1", 1)), client);
    expect(client.getQueryData(queryKeys.messages.list("s-1"))).toBeUndefined();
    expect(ids(client, "s-2")).toEqual(["x1:sent"]);
    expect(client.getQueryState(queryKeys.messages.list("s-2"))?.isInvalidated).toBe(false);
  });

  it("refetches a conversation whose first load has not given any page yet", () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.messages.list("s-1"), { pages: [], pageParams: [] });
    chatLiveEvents(updated(message("m1", 1)), client);
    expect(client.getQueryState(queryKeys.messages.list("s-1"))?.isInvalidated).toBe(true);
  });
});
