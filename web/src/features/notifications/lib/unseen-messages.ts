// Customer messages the agent has not had in front of them: counted per session, so opening a session
// (or it being read in another console of the agent) takes away exactly its share of the tab title's
// count. "In front of them" means the session is the one selected and the tab is visible.

export interface UnseenStore {
  /** A customer message arrived; true when it counts as unseen (so the agent should be told). */
  arrived: (sid: string, messageId: string) => boolean;
  /** The session now selected in this console (undefined: none). */
  setOnScreen: (sid: string | undefined) => void;
  setPageVisible: (visible: boolean) => void;
  /** Read elsewhere (another console of the same agent): no longer unseen here either. */
  clear: (sid: string) => void;
  total: () => number;
  subscribe: (listener: () => void) => () => void;
}

// Live events may repeat a message (a status update, a reconnect); its id is counted once. The set is
// trimmed so a console left open for days does not grow without bound.
const rememberedIds = 2_000;

export function createUnseenStore(initiallyVisible: boolean): UnseenStore {
  const counts = new Map<string, number>();
  const seenIds = new Set<string>();
  const listeners = new Set<() => void>();
  let onScreen: string | undefined;
  let visible = initiallyVisible;
  let total = 0;

  const changed = () => {
    total = [...counts.values()].reduce((sum, n) => sum + n, 0);
    for (const listener of listeners) listener();
  };
  const clear = (sid: string) => {
    if (counts.delete(sid)) changed();
  };
  const clearOnScreen = () => {
    if (visible && onScreen !== undefined) clear(onScreen);
  };

  return {
    arrived(sid, messageId) {
      if (seenIds.has(messageId)) return false;
      seenIds.add(messageId);
      if (seenIds.size > rememberedIds) seenIds.delete(seenIds.values().next().value as string);
      if (visible && sid === onScreen) return false;
      counts.set(sid, (counts.get(sid) ?? 0) + 1);
      changed();
      return true;
    },
    setOnScreen(sid) {
      onScreen = sid;
      clearOnScreen();
    },
    setPageVisible(next) {
      visible = next;
      clearOnScreen();
    },
    clear,
    total: () => total,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The console's one store; app/ tells it which session is on screen, live events feed it. */
export const unseenMessages = createUnseenStore(typeof document === "undefined" || document.visibilityState === "visible");
