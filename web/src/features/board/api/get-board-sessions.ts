import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { type BoardFilter, type BoardPage, boardPageSchema } from "../../../../../contract/board.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// GET /api/board/sessions: open sessions matching the filter, longest idle first, a page at a time,
// with the counts for the top of the board. Session events refetch it (lib/console-events.ts); the
// poll catches sessions that only crossed the idle threshold, which no event announces.

const pageSize = 50;

/** A page and when it arrived, so idle times keep counting on screen between fetches. */
export interface BoardPageData extends BoardPage {
  receivedAt: number;
}

export async function getBoardSessions(filter: BoardFilter, cursor: string | undefined, signal?: AbortSignal): Promise<BoardPageData> {
  const query = new URLSearchParams({ limit: String(pageSize) });
  for (const [name, value] of Object.entries(filter)) {
    if (value !== undefined) query.set(name, String(value));
  }
  if (cursor) query.set("cursor", cursor);
  const page = await apiRequest(`/api/board/sessions?${query.toString()}`, boardPageSchema, { signal });
  return { ...page, receivedAt: Date.now() };
}

export function boardSessionsQueryOptions(filter: BoardFilter) {
  return infiniteQueryOptions({
    queryKey: queryKeys.board.sessions(filter),
    queryFn: ({ pageParam, signal }) => getBoardSessions(filter, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: 30_000,
  });
}

export function useBoardSessions(filter: BoardFilter) {
  return useInfiniteQuery(boardSessionsQueryOptions(filter));
}
