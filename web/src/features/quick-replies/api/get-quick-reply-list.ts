import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { type QuickReplyList, quickReplyLimits, quickReplyListSchema } from "../../../../../contract/quick-replies.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// GET /api/quick-replies?q= for the management screen: the server filters and caps the list, so a
// long list is found by searching. Same key as the composer's picker: one cache, one refetch on a change.

export function getQuickReplyList(q: string, signal?: AbortSignal): Promise<QuickReplyList> {
  const query = q.trim().slice(0, quickReplyLimits.query);
  const search = query ? `?${new URLSearchParams({ q: query }).toString()}` : "";
  return apiRequest(`/api/quick-replies${search}`, quickReplyListSchema, signal ? { signal } : {});
}

export function quickReplyListQueryOptions(q: string) {
  return queryOptions({
    queryKey: queryKeys.quickReplies.list(q.trim()),
    queryFn: ({ signal }) => getQuickReplyList(q, signal),
    // The list stays while a new search loads, so typing does not flash "no replies".
    placeholderData: keepPreviousData,
  });
}

export function useQuickReplyList(q: string) {
  return useQuery(quickReplyListQueryOptions(q));
}
