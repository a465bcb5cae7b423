// The console's code that loads on demand. Each chunk is fetched at most once, so every place that
// starts a load (a screen, the warm-up) shares the same request; and once its code is in, a screen
// renders it straight away (lazy-chunk.tsx says why that matters).

export type ChunkState<M> = { status: "idle" | "loading" | "failed" } | { status: "loaded"; module: M };

export interface Chunk<M> {
  /** Starts the fetch the first time (or again after a failed one); the same promise while it runs and once it is in. */
  load: () => Promise<M>;
  /** What a render reads: the same object until the state changes (useSyncExternalStore's snapshot). */
  state: () => ChunkState<M>;
  /** Starts the load too: whoever listens is about to show the chunk. */
  subscribe: (listener: () => void) => () => void;
}

export function chunk<M>(importModule: () => Promise<M>): Chunk<M> {
  let state: ChunkState<M> = { status: "idle" };
  let loading: Promise<M> | undefined;
  const listeners = new Set<() => void>();
  const moveTo = (next: ChunkState<M>) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const load = () => {
    if (!loading) {
      state = { status: "loading" };
      loading = importModule().then(
        (module) => {
          moveTo({ status: "loaded", module });
          return module;
        },
        (error: unknown) => {
          // Whoever shows the chunk next tries again (a prefetch that met a dropped connection must not
          // fail every later open); the notice shown meanwhile offers a reload, which also picks up a
          // newly deployed version, the usual reason a chunk is gone.
          loading = undefined;
          moveTo({ status: "failed" });
          throw error;
        },
      );
    }
    return loading;
  };
  return {
    load,
    state: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      load().catch(() => undefined); // shown through the state
      return () => listeners.delete(listener);
    },
  };
}

export const consoleChunk = chunk(() => import("./console.tsx"));
export const sessionPaneChunk = chunk(() => import("./session-pane.tsx"));
