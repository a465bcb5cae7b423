import type { Role } from "../../contract/auth.ts";

// Who is live in this process: agents with an open console stream (GET /api/events) for routing, and
// customers with an open page stream (GET /api/visitor/events) for the heartbeat. Counted per stream,
// so a second tab closing does not take its owner offline. With several BFF instances this would sit
// in the shared store with a short expiry per stream.

export interface Presence {
  /** Answers the release to call when the stream ends. */
  consoleOpened(agent: { username: string; role: Role }): () => void;
  /** Agents (role agent) with at least one live console. */
  onlineAgents(): string[];
  visitorOpened(memberId: string): () => void;
  /**
   * "live": a page is open; a time: when the last page closed; undefined: never seen by this process
   * (after a restart nobody has been seen, and the heartbeat leaves them to the auto-close policy).
   */
  visitorLastLive(memberId: string): "live" | number | undefined;
}

export function createPresence(now: () => number = Date.now): Presence {
  const consoles = new Map<string, { role: Role; streams: number }>();
  const visitors = new Map<string, { streams: number; closedAt: number }>();
  return {
    consoleOpened({ username, role }) {
      const entry = consoles.get(username) ?? { role, streams: 0 };
      entry.streams += 1;
      consoles.set(username, entry);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        entry.streams -= 1;
        if (entry.streams <= 0) consoles.delete(username);
      };
    },
    onlineAgents() {
      return [...consoles.entries()].filter(([, e]) => e.role === "agent" && e.streams > 0).map(([name]) => name);
    },
    visitorOpened(memberId) {
      const entry = visitors.get(memberId) ?? { streams: 0, closedAt: now() };
      entry.streams += 1;
      visitors.set(memberId, entry);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        entry.streams -= 1;
        entry.closedAt = now();
      };
    },
    visitorLastLive(memberId) {
      const entry = visitors.get(memberId);
      if (!entry) return undefined;
      return entry.streams > 0 ? "live" : entry.closedAt;
    },
  };
}
