import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { type QuickReplyList, quickReplyListSchema, quickReplyLimits } from "../../../../../contract/quick-replies.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// GET /api/quick-replies?q=: the saved replies whose title or text match, for the composer's `/`
// picker. The server filters (a team's list outgrows one page); the list stays on screen while the
// next query loads, so typing after `/` does not flash an empty list.

export function getQuickReplies(q: string, signal?: AbortSignal): Promise<QuickReplyList> {
  const params = new URLSearchParams();
  const query = q.trim().slice(0, quickReplyLimits.query);
  if (query) params.set("q", query);
  const search = params.size > 0 ? `?${params.toString()}` : "";
  return apiRequest(`/api/quick-replies${search}`, quickReplyListSchema, signal ? { signal } : {});
}

export function quickRepliesQueryOptions(q: string) {
  return queryOptions({
    queryKey: queryKeys.quickReplies.list(q.trim()),
    queryFn: ({ signal }) => getQuickReplies(q, signal),
    // Replies change rarely; a minute keeps re-opening the picker instant.
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

export function useQuickReplies(q: string, enabled: boolean) {
  return useQuery({ ...quickRepliesQueryOptions(q), enabled });
}
