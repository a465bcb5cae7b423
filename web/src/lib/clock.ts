// The one clock every relative time on screen reads ("3 minutes ago", "idle 12 min", "waiting 0:45"),
// so they all move on the same tick and can never disagree by a refresh interval. It ticks each second
// while anything shows a time, and stops when nothing does. It runs on the server's time once a page
// told us the server's `now`: a browser clock a few minutes off would otherwise make every "ago" wrong.

const tickMs = 1000;
const listeners = new Set<() => void>();
let offset = 0;
let current = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function tick(): void {
  current = Date.now() + offset;
  for (const listener of listeners) listener();
}

/** The clock's time: the same value for every reader between two ticks (a stable snapshot). */
export function clockNow(): number {
  // Idle (nothing subscribed yet): catch up, once per tick's worth, so a first render is not stale.
  if (timer === undefined && Date.now() + offset - current >= tickMs) current = Date.now() + offset;
  return current;
}

export function subscribeClock(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    current = Date.now() + offset;
    timer = setInterval(tick, tickMs);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The server said it was `serverNow` when an answer left it; we had it at `receivedAt` (our clock). */
export function noteServerNow(serverNow: number, receivedAt: number): void {
  offset = serverNow - receivedAt;
  tick();
}
