import { queryOptions, useQuery } from "@tanstack/react-query";
import { type SessionStats, sessionStatsSchema } from "../../../../../contract/api.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// GET /api/sessions/:sid/stats: the message count of the customer panel. Keyed by the session's last
// activity, which every message moves, so the count follows the chat without its own live event.

export function getSessionStats(sid: string, signal?: AbortSignal): Promise<SessionStats> {
  return apiRequest(`/api/sessions/${encodeURIComponent(sid)}/stats`, sessionStatsSchema, { signal });
}

export function sessionStatsQueryOptions(sid: string, lastActivityAt: number) {
  return queryOptions({
    queryKey: queryKeys.sessions.stats(sid, lastActivityAt),
    queryFn: ({ signal }) => getSessionStats(sid, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSessionStats(sid: string, lastActivityAt: number) {
  return useQuery(sessionStatsQueryOptions(sid, lastActivityAt));
}
