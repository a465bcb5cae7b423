import { useSyncExternalStore } from "react";
import { type NetworkState, networkSnapshot, subscribeNetwork } from "./network-store.ts";

// The console's view of network-store.ts. The customer page has its own hook over the same store
// (it renders with preact/compat, and a shared module importing React would pull React into it).

export function useNetworkState(): NetworkState {
  return useSyncExternalStore(subscribeNetwork, networkSnapshot, () => "online");
}
