import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { maxPageLimit, type MessageList, messageListSchema } from "../../../../../contract/api.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// GET /api/sessions/:sid/messages. The first page holds the newest messages; each page's items run
// oldest to newest and `nextCursor` leads to OLDER messages, so "next page" means "scroll up".
// Adaptive pages: the first is small, so a session opens on its newest messages at once; older ones
// come in the largest pages the server allows, fetched while the reader is still far from them, so
// scrolling back through a long history asks the server a few times rather than hundreds.

export const firstPageSize = 50;
export const olderPageSize = maxPageLimit;

export function getMessages({
  sid,
  cursor,
  signal,
}: {
  sid: string;
  cursor?: string | undefined;
  signal?: AbortSignal;
}): Promise<MessageList> {
  const params = new URLSearchParams({ limit: String(cursor ? olderPageSize : firstPageSize) });
  if (cursor) params.set("cursor", cursor);
  return apiRequest(`/api/sessions/${encodeURIComponent(sid)}/messages?${params.toString()}`, messageListSchema, {
    ...(signal ? { signal } : {}),
  });
}

export function messagesQueryOptions(sid: string) {
  return infiniteQueryOptions({
    queryKey: queryKeys.messages.list(sid),
    queryFn: ({ pageParam, signal }) => getMessages({ sid, cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useMessages(sid: string) {
  return useInfiniteQuery(messagesQueryOptions(sid));
}
