import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";

// The chat list's scrolling, on @tanstack/react-virtual: only the rows near the viewport are in the
// DOM, measured as they render (heights vary: text, cards, images). The view opens on the newest
// message and stays there as messages arrive, unless the reader has scrolled up: then it holds still
// and counts what arrived below. Older pages are prepended without moving what the reader sees
// (anchorTo "end" keeps the row at the top of the viewport in place), and are asked for while the
// reader is still PREFETCH_ROWS rows away from the oldest loaded one.

/** Room above the first message for "Load older" / "Start of the conversation". */
export const HISTORY_EDGE_PX = 48;
const ESTIMATE_PX = 76;
const BOTTOM_PX = 8;
/** Within this distance of the bottom the reader counts as reading the newest message. */
const AT_END_PX = 48;
const PREFETCH_ROWS = 80;

interface Options {
  keys: readonly string[];
  /** Called while the rendered rows come within PREFETCH_ROWS of the oldest loaded message. */
  onNearTop: () => void;
  /** A key that, when it changes to a new value, scrolls to the newest message (the agent's own send). */
  follow: string | undefined;
}

export function useChatVirtualizer({ keys, onNearTop, follow }: Options) {
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const atEnd = useRef(true);
  const [unseen, setUnseen] = useState(0);
  const count = keys.length;

  // The virtualizer is a mutable instance by design (it re-renders this hook itself); nothing here is
  // memoised by the React Compiler, so its "incompatible library" warning does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLLIElement>({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATE_PX,
    getItemKey: (index) => keys[index] ?? index,
    overscan: 6,
    paddingStart: HISTORY_EDGE_PX,
    paddingEnd: BOTTOM_PX,
    // The first paint already shows the newest rows, not the oldest ones then a jump.
    initialOffset: () => HISTORY_EDGE_PX + count * ESTIMATE_PX,
    anchorTo: "end",
    followOnAppend: true,
    scrollEndThreshold: AT_END_PX,
  });

  // Opened: the newest message, once its real height is known (scrollToEnd re-checks as rows measure).
  useLayoutEffect(() => {
    virtualizer.scrollToEnd();
    // Once per mount: the list is keyed by session.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Arrivals while the reader is up in the history are counted for the "new messages" button.
  const lastKey = keys.at(-1);
  const previousLast = useRef(lastKey);
  useLayoutEffect(() => {
    const before = previousLast.current;
    previousLast.current = lastKey;
    if (before === undefined || before === lastKey || atEnd.current) return;
    const from = keys.lastIndexOf(before);
    setUnseen((n) => n + (from === -1 ? 1 : count - 1 - from));
  }, [lastKey, keys, count]);

  const jumpToNewest = useCallback(() => {
    atEnd.current = true;
    setUnseen(0);
    virtualizer.scrollToEnd();
  }, [virtualizer]);

  const followed = useRef(follow);
  useLayoutEffect(() => {
    if (follow === followed.current) return;
    followed.current = follow;
    if (follow !== undefined) jumpToNewest();
  }, [follow, jumpToNewest]);

  const onScroll = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    atEnd.current = el.scrollHeight - el.scrollTop - el.clientHeight <= AT_END_PX;
    if (atEnd.current) setUnseen(0);
  }, []);

  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index;
  useEffect(() => {
    if (firstIndex !== undefined && firstIndex < PREFETCH_ROWS) onNearTop();
  }, [firstIndex, onNearTop]);

  return { scrollRef, virtualizer, items, onScroll, unseen, jumpToNewest };
}
