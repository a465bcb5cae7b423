// Whether the web app can talk to its server. Two sources: the browser's online/offline events, and
// what requests actually saw (callers report ApiError.isNetwork failures and successes), since
// "online" only means a network interface is up. A store outside any UI library: the console reads
// it with React (network-status.ts), the customer page with preact/compat, the query cache writes it.

export type NetworkState = "online" | "offline" | "unreachable";

let unreachable = false;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

/** A request ended without an answer (false) or got one (true). */
export function reportServerReachable(reachable: boolean): void {
  if (unreachable === !reachable) return;
  unreachable = !reachable;
  emit();
}

export function subscribeNetwork(listener: () => void): () => void {
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

export function networkSnapshot(): NetworkState {
  return readNetworkState(navigator.onLine, unreachable);
}
