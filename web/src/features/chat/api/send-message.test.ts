import { InfiniteQueryObserver, MutationObserver, QueryClient } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";
import type { MessageList, MessageView, SendMessageBody } from "../../../../../contract/api.ts";
import { queryKeys } from "../../../lib/query-keys.ts";
import { sendMessageOptions } from "./send-message.ts";

const message = (id: string, createdAt: number): MessageView => ({
  message_id: id,
  sid: "s-1",
  type: "TEXT",
  payload: { text: `text ${id}` },
  sender_type: "4",
  status: "sent",
  created_at: createdAt,
  updated_at: createdAt,
});

const pages: Record<string, MessageList> = {
  first: { items: [message("c1", 50)], nextCursor: "p2" },
  p2: { items: [message("b1", 30)], nextCursor: "p3" },
  p3: { items: [message("a1", 10)] },
};

describe("sending a message", () => {
  it("puts the stored message at the newest end of the loaded pages without fetching them again", async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const fetches = vi.fn((cursor: string | undefined) => Promise.resolve(pages[cursor ?? "first"] ?? { items: [] }));
    const chat = new InfiniteQueryObserver(client, {
      queryKey: queryKeys.messages.list("s-1"),
      queryFn: ({ pageParam }: { pageParam: string | undefined }) => fetches(pageParam),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (page: MessageList) => page.nextCursor,
    });
    const unsubscribe = chat.subscribe(() => undefined);
    await vi.waitFor(() => expect(chat.getCurrentResult().isSuccess).toBe(true));
    await chat.fetchNextPage();
    await chat.fetchNextPage();
    fetches.mockClear();

    const send = new MutationObserver(client, {
      ...sendMessageOptions(client, "s-1"),
      mutationFn: (body: SendMessageBody) => Promise.resolve(message(body.message_id, 90)),
    });
    await send.mutate({ message_id: "d1", type: "TEXT", payload: { text: "text d1" } });

    const shown = chat.getCurrentResult().data?.pages.toReversed().flatMap((page) => page.items.map((item) => item.message_id));
    expect(shown).toEqual(["a1", "b1", "c1", "d1"]);
    expect(fetches).not.toHaveBeenCalled();
    unsubscribe();
  });
});
