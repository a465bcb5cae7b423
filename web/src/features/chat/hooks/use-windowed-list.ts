import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";

// Windowed rendering for a chat list of thousands of messages of varied height: only the items near the
// viewport are in the DOM, the rest is padding computed from measured (or estimated) heights. It also
// keeps the reader's place: at the bottom it follows new messages; elsewhere it holds the item at the
// top of the viewport still while older pages are prepended or items are measured.

interface Options {
  keys: readonly string[];
  estimateSize: number;
  /** Pixels rendered beyond each edge of the viewport. */
  overscan?: number;
  /** Called while the reader is within this distance of the top, to load older items. */
  onNearTop?: () => void;
  /** A key that, when it changes, scrolls to the bottom (the message the agent just sent). */
  follow?: string | undefined;
}

const nearTopPx = 400;
const stickPx = 48;

/** The index of the item covering offset y (clamped). */
function indexAt(offsets: Float64Array, count: number, y: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((offsets[mid] ?? 0) <= y) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

export function useWindowedList({ keys, estimateSize, overscan = 800, onNearTop, follow }: Options) {
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const listRef = useRef<HTMLOListElement | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const stick = useRef(true);
  const anchor = useRef<{ key: string; delta: number } | null>(null);
  const followed = useRef(follow);
  /** Where this hook last scrolled to: the scroll event that follows is ours, not the reader's. */
  const ownScroll = useRef<number | null>(null);
  const [sizes, setSizes] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [view, setView] = useState({ top: 0, height: 0, listTop: 0 });

  const offsets = useMemo(() => {
    const out = new Float64Array(keys.length + 1);
    keys.forEach((key, i) => (out[i + 1] = (out[i] ?? 0) + (sizes.get(key) ?? estimateSize)));
    return out;
  }, [keys, sizes, estimateSize]);
  const indexOf = useMemo(() => new Map(keys.map((key, i) => [key, i])), [keys]);

  const measure = useCallback((element: HTMLElement | null) => {
    if (!element) return;
    observer.current ??= new ResizeObserver((entries) =>
      setSizes((previous) => {
        let next: Map<string, number> | undefined;
        for (const entry of entries) {
          const key = entry.target instanceof HTMLElement ? entry.target.dataset.key : undefined;
          const size = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
          if (key === undefined || Math.abs((previous.get(key) ?? -1) - size) < 0.5) continue;
          next ??= new Map(previous);
          next.set(key, size);
        }
        return next ?? previous;
      }),
    );
    const current = observer.current;
    current.observe(element);
    return () => current.unobserve(element);
  }, []);

  useEffect(
    () => () => {
      observer.current?.disconnect();
      observer.current = null;
    },
    [],
  );

  // Restore the reader's place after every change of the items or their sizes, before the browser paints.
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    const list = listRef.current;
    if (!scroller || !list) return;
    if (follow !== followed.current) {
      followed.current = follow;
      if (follow !== undefined) stick.current = true;
    }
    const listTop = list.offsetTop;
    let target: number | undefined;
    if (stick.current) target = scroller.scrollHeight - scroller.clientHeight;
    else if (anchor.current) {
      const i = indexOf.get(anchor.current.key);
      if (i !== undefined) target = listTop + (offsets[i] ?? 0) - anchor.current.delta;
    }
    if (target !== undefined && Math.abs(scroller.scrollTop - target) >= 1) {
      scroller.scrollTop = target;
      ownScroll.current = scroller.scrollTop;
    }
    const next = { top: scroller.scrollTop, height: scroller.clientHeight, listTop };
    setView((v) => (v.top === next.top && v.height === next.height && v.listTop === next.listTop ? v : next));
    if (scroller.scrollTop < nearTopPx) onNearTop?.();
  }, [offsets, indexOf, follow, onNearTop]);

  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    const resize = new ResizeObserver(() => setView((v) => ({ ...v, height: scroller.clientHeight })));
    resize.observe(scroller);
    return () => resize.disconnect();
  }, []);

  const onScroll = useCallback(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    const { scrollTop, scrollHeight, clientHeight } = scroller;
    // Content can grow (an image loads) between our scroll and its event: that must not unstick.
    const ours = ownScroll.current !== null && Math.abs(scrollTop - ownScroll.current) < 1;
    ownScroll.current = null;
    if (!ours) stick.current = scrollHeight - scrollTop - clientHeight < stickPx;
    const i = indexAt(offsets, keys.length, scrollTop - view.listTop);
    const key = keys[i];
    anchor.current = key === undefined ? null : { key, delta: view.listTop + (offsets[i] ?? 0) - scrollTop };
    setView((v) => (v.top === scrollTop && v.height === clientHeight ? v : { ...v, top: scrollTop, height: clientHeight }));
    if (scrollTop < nearTopPx) onNearTop?.();
  }, [offsets, keys, view.listTop, onNearTop]);

  const count = keys.length;
  const top = view.top - view.listTop;
  const start = count === 0 ? 0 : indexAt(offsets, count, top - overscan);
  const end = count === 0 ? 0 : indexAt(offsets, count, top + view.height + overscan) + 1;
  return {
    scrollRef,
    listRef,
    measure,
    onScroll,
    start,
    end,
    paddingTop: offsets[start] ?? 0,
    paddingBottom: (offsets[count] ?? 0) - (offsets[end] ?? 0),
  };
}
