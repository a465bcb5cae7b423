import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { type SessionList, sessionListSchema } from "../../../../../contract/api.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";
import type { InboxFilter } from "../lib/inbox-filter.ts";

// GET /api/sessions?view&status&channel&q: one tab of the inbox (or a search in it), open sessions
// first, then the most recent activity, a page at a time.

const pageSize = 50;

export function getSessions(filter: InboxFilter, cursor: string | undefined, signal?: AbortSignal): Promise<SessionList> {
  const query = new URLSearchParams({ limit: String(pageSize), view: filter.view, status: filter.state });
  if (filter.channel) query.set("channel", filter.channel);
  if (filter.q) query.set("q", filter.q);
  if (cursor) query.set("cursor", cursor);
  return apiRequest(`/api/sessions?${query.toString()}`, sessionListSchema, { signal });
}

export function sessionsQueryOptions(filter: InboxFilter) {
  return infiniteQueryOptions({
    queryKey: queryKeys.sessions.list({ limit: pageSize, view: filter.view, status: filter.state, channel: filter.channel, q: filter.q }),
    queryFn: ({ pageParam, signal }) => getSessions(filter, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    // Server-sent events keep it current (lib/use-console-events.ts); this only covers a missed one.
    refetchInterval: 60_000,
  });
}

export function useSessions(filter: InboxFilter) {
  return useInfiniteQuery(sessionsQueryOptions(filter));
}
