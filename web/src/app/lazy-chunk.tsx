import { type ReactNode, useSyncExternalStore } from "react";
import type { Chunk } from "./chunks.ts";

// Shows code that loads on demand: `children(module)` once its chunk is in (at once if it already
// is), `loading` meanwhile, and `failed` if it cannot be fetched.
//
// Not React.lazy inside <Suspense>: React holds back content that replaces a Suspense fallback
// until 300 ms after that fallback appeared (against flicker), so a signed-in agent's first screen
// waited those 300 ms for nothing after the console's code and the session list were in, and so
// did a session opened the moment its pane's fallback showed. The chunk's arrival here is an
// ordinary update, drawn in the next frame.

export function LazyChunk<M>({
  chunk,
  loading,
  failed,
  children,
}: {
  chunk: Chunk<M>;
  loading: ReactNode;
  failed: ReactNode;
  children: (module: M) => ReactNode;
}) {
  const state = useSyncExternalStore(chunk.subscribe, chunk.state);
  if (state.status === "loaded") return children(state.module);
  return state.status === "failed" ? failed : loading;
}
