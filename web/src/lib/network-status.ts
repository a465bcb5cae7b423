import { useSyncExternalStore } from "react";

// Whether the console can talk to its server. Two sources: the browser's online/offline events, and
// what requests actually saw (the query client reports ApiError.isNetwork failures and successes), since
// "online" only means a network interface is up. A store outside React so the query cache can write it.

export type NetworkState = "online" | "offline" | "unreachable";

let unreachable = false;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

/** Called by the query client: a request ended without an answer (true) or got one (false). */
export function reportServerReachable(reachable: boolean): void {
  if (unreachable === !reachable) return;
  unreachable = !reachable;
  emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("online", listener);
  window.addEventListener("offline", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("online", listener);
    window.removeEventListener("offline", listener);
  };
}

export function readNetworkState(browserOnline: boolean, serverUnreachable: boolean): NetworkState {
  if (!browserOnline) return "offline";
  return serverUnreachable ? "unreachable" : "online";
}

function snapshot(): NetworkState {
  return readNetworkState(navigator.onLine, unreachable);
}

export function useNetworkState(): NetworkState {
  return useSyncExternalStore(subscribe, snapshot, () => "online");
}
