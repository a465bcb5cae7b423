import { useSyncExternalStore } from "react";
import { clockNow, subscribeClock } from "./clock.ts";

/**
 * A value computed from the shared clock (lib/clock.ts), e.g. the text "3 minutes ago". Return a
 * string or number: the component renders again only when it changes, not on every tick.
 */
export function useClock<T extends string | number | boolean>(read: (now: number) => T): T {
  return useSyncExternalStore(subscribeClock, () => read(clockNow()));
}
