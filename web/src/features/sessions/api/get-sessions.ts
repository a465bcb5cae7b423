import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { type SessionList, sessionListSchema } from "../../../../../contract/api.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// GET /api/sessions: most recent activity first, a page at a time.

const pageSize = 50;

export function getSessions(cursor: string | undefined, signal?: AbortSignal): Promise<SessionList> {
  const query = new URLSearchParams({ limit: String(pageSize) });
  if (cursor) query.set("cursor", cursor);
  return apiRequest(`/api/sessions?${query.toString()}`, sessionListSchema, { signal });
}

export function sessionsQueryOptions() {
  return infiniteQueryOptions({
    queryKey: queryKeys.sessions.list({ limit: pageSize }),
    queryFn: ({ pageParam, signal }) => getSessions(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    // Server-sent events keep it current (lib/use-console-events.ts); this only covers a missed one.
    refetchInterval: 60_000,
  });
}

export function useSessions() {
  return useInfiniteQuery(sessionsQueryOptions());
}
