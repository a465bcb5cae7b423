import type { AuditQuery, BoardFilter, BoardPage } from "../../contract/board.ts";
import type { Store } from "../store/store.ts";
import { boardFilterToStore } from "./board-filter.ts";

export function createBoardOperations({ store, now }: { store: Store; now: () => number }) {
  return {
    /** Open sessions matching the filter, longest idle first, with the counts for the top of the board. */
    async board(filter: BoardFilter, page: { limit: number; cursor?: string | undefined }): Promise<BoardPage> {
      const at = now();
      const storeFilter = boardFilterToStore(filter, at);
      const [list, open, matching] = await Promise.all([
        store.sessions.listOpen(storeFilter, page),
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
