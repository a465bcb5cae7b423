import { useEffect, useEffectEvent } from "react";
import { getShortcutPrefs } from "./shortcut-prefs.ts";
import { type ShortcutId, matchShortcut } from "./shortcut-registry.ts";

/** Runs the handler of a pressed shortcut; shortcuts without a handler (not available now) do nothing,
 * and none does while the agent has single-key shortcuts off (read at each key, so the switch acts at once). */
export function useShortcuts(handlers: Partial<Record<ShortcutId, () => void>>): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const id = matchShortcut(event, getShortcutPrefs());
    const handler = id === undefined ? undefined : handlers[id];
    if (!handler) return;
    event.preventDefault();
    handler();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);
}
