import { type QueryClient, type InfiniteData, queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import { type SessionList, type SessionView, sessionViewSchema } from "../../../../../contract/api.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// GET /api/sessions/:sid. While it loads, the row already in the list stands in for it, so selecting a
// session shows its header at once.

export function getSession(sid: string, signal?: AbortSignal): Promise<SessionView> {
  return apiRequest(`/api/sessions/${encodeURIComponent(sid)}`, sessionViewSchema, { signal });
}

export function sessionQueryOptions(sid: string) {
  return queryOptions({
    queryKey: queryKeys.sessions.detail(sid),
    queryFn: ({ signal }) => getSession(sid, signal),
    // Server-sent events keep it current (lib/use-console-events.ts); this only covers a missed one.
    refetchInterval: 60_000,
  });
}

function fromLists(queryClient: QueryClient, sid: string): SessionView | undefined {
  const lists = queryClient.getQueriesData<InfiniteData<SessionList>>({ queryKey: queryKeys.sessions.lists() });
  for (const [, data] of lists) {
    for (const page of data?.pages ?? []) {
      const found = page.items.find((s) => s.sid === sid);
      if (found) return found;
    }
  }
  return undefined;
}

export function useSession(sid: string | undefined) {
  const queryClient = useQueryClient();
  return useQuery({
    ...sessionQueryOptions(sid ?? ""),
    enabled: sid !== undefined,
    placeholderData: () => (sid ? fromLists(queryClient, sid) : undefined),
  });
}
