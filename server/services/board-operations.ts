import { type AuditQuery, type BoardFilter, type BoardPage, type BoardSort, defaultBoardSort } from "../../contract/board.ts";
import type { Store } from "../store/store.ts";
import { boardFilterToStore } from "./board-filter.ts";

export function createBoardOperations({ store, now }: { store: Store; now: () => number }) {
  return {
    /** Open sessions matching the filter in the chosen order (longest idle first), with the board's counts. */
    async board(filter: BoardFilter, page: { limit: number; cursor?: string | undefined }, sort: BoardSort = defaultBoardSort): Promise<BoardPage> {
      const at = now();
      const storeFilter = boardFilterToStore(filter, at);
      const [list, open, matching] = await Promise.all([
        store.sessions.listOpen(storeFilter, page, sort),
        store.sessions.countOpen({}),
        store.sessions.countOpen(storeFilter),
      ]);
      return {
        items: list.items.map((s) => ({ ...s, idle_ms: Math.max(0, at - s.last_activity_at) })),
        nextCursor: list.nextCursor,
        counts: { open, matching },
        now: at,
      };
    },
    audit: (query: AuditQuery) => store.audit.list(query),
  };
}
