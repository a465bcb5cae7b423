import { InfiniteQueryObserver, QueryClient } from "@tanstack/react-query";
import { expect, vi } from "vitest";
import type { MessageList, MessageView } from "../../../../../contract/api.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// For the tests of what puts messages into a conversation's cached pages (live events, sends).

/** A stored text message of session s-1, from the staff, as the BFF answers it; override what a test needs. */
export function messageView(id: string, createdAt: number, extra: Partial<Omit<MessageView, "type">> = {}): MessageView {
  return {
    message_id: id,
    sid: "s-1",
    type: "TEXT",
    payload: { text: `text ${id}` },
    sender_type: "4",
    status: "sent",
    created_at: createdAt,
    updated_at: createdAt,
    ...extra,
  };
}

/**
 * A client showing s-1's conversation with three pages loaded from `server` (its pages by cursor,
 * `first` for the newest); `fetches` counts every page asked for after that.
 */
export async function loadedChat(server: Record<string, MessageList>) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const fetches = vi.fn((cursor: string | undefined) => Promise.resolve(server[cursor ?? "first"] ?? { items: [] }));
  const observer = new InfiniteQueryObserver(client, {
    queryKey: queryKeys.messages.list("s-1"),
    queryFn: ({ pageParam }: { pageParam: string | undefined }) => fetches(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: MessageList) => page.nextCursor,
  });
  const unsubscribe = observer.subscribe(() => undefined);
  await vi.waitFor(() => expect(observer.getCurrentResult().isSuccess).toBe(true));
  await observer.fetchNextPage();
  await observer.fetchNextPage();
  fetches.mockClear();
  return { client, fetches, observer, unsubscribe };
}
