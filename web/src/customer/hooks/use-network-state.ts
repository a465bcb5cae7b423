import { useSyncExternalStore } from "react";
import { type NetworkState, networkSnapshot, subscribeNetwork } from "../../lib/network-store.ts";

// The shared network store, read through preact/compat (imports from web/src/customer resolve
// "react" to it; web/src/lib/network-status.ts would bring React itself).

export function useNetworkState(): NetworkState {
  return useSyncExternalStore(subscribeNetwork, networkSnapshot, () => "online");
}
