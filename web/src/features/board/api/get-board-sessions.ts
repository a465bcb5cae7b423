import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { type BoardFilter, type BoardPage, boardPageSchema, type BoardSort } from "../../../../../contract/board.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { noteServerNow } from "../../../lib/clock.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// GET /api/board/sessions: open sessions matching the filter in the chosen order (the server sorts,
// over every matching session), a page at a time, with the counts for the top of the board. Session
// events refetch it (lib/console-events.ts); the poll catches sessions that only crossed the idle
// threshold, which no event announces. Each page's `now` sets the shared clock to the server's time,
// so idle times count from the same instant the server measured them from.

const pageSize = 50;

export async function getBoardSessions(filter: BoardFilter, sort: BoardSort, cursor: string | undefined, signal?: AbortSignal): Promise<BoardPage> {
  const query = new URLSearchParams({ limit: String(pageSize), sort: sort.sort, dir: sort.dir });
  for (const [name, value] of Object.entries(filter)) {
    if (value !== undefined) query.set(name, String(value));
  }
  if (cursor) query.set("cursor", cursor);
  const page = await apiRequest(`/api/board/sessions?${query.toString()}`, boardPageSchema, { signal });
  noteServerNow(page.now, Date.now());
  return page;
}

export function boardSessionsQueryOptions(filter: BoardFilter, sort: BoardSort) {
  return infiniteQueryOptions({
    queryKey: queryKeys.board.sessions({ ...filter, ...sort }),
    queryFn: ({ pageParam, signal }) => getBoardSessions(filter, sort, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: 30_000,
  });
}

export function useBoardSessions(filter: BoardFilter, sort: BoardSort) {
  return useInfiniteQuery(boardSessionsQueryOptions(filter, sort));
}
