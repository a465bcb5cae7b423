import type { BoardFilter } from "../../contract/board.ts";
import type { OpenSessionFilter } from "../store/store.ts";

/** The board's filter (idle threshold in minutes) as the store's (an instant). */
export function boardFilterToStore(filter: BoardFilter, now: number): OpenSessionFilter {
  return {
    idleBefore: filter.idle_minutes === undefined ? undefined : now - filter.idle_minutes * 60_000,
    channel: filter.channel,
    agent: filter.agent,
    session_source: filter.session_source,
  };
}
