import type { Role } from "../../contract/auth.ts";

// Who is live: agents with an open console stream (GET /api/events) for routing, and customers with an
// open page stream (GET /api/visitor/events) for the heartbeat and the per-visitor stream cap. Counted
// per stream, so a second tab closing does not take its owner offline. This process's own streams are
// counted here, in memory; with several instances on PostgreSQL, ./postgres-presence.ts writes these
// counts through to a shared table and merges the other instances' rows into every read, which is why
// reads are asynchronous. Opening and closing stay synchronous: a stream never waits for the database.

/** "live": a page is open now; a time: when one was last seen open. */
export type LastLive = "live" | number;

export interface Presence {
  /** Answers the release to call when the stream ends. */
  consoleOpened(agent: { username: string; role: Role }): () => void;
  /** Agents (role agent) with at least one live console. */
  onlineAgents(): Promise<string[]>;
  visitorOpened(memberId: string): () => void;
  /** Open page streams of this member (capped by the stream route). */
  visitorStreams(memberId: string): Promise<number>;
  /**
   * For each member seen live: "live", or when their last page closed. Members never seen are absent
   * (after a restart of every instance nobody has been, and the heartbeat leaves them to the auto-close
   * policy). Rejects when it cannot know (a shared store that does not answer): the heartbeat then
   * closes nobody rather than judge from half the picture.
   */
  visitorsLastLive(memberIds: readonly string[]): Promise<Map<string, LastLive>>;
  /** Releases what this instance holds (graceful shutdown). */
  close(): Promise<void>;
}

export type PresenceKind = "agent" | "visitor";

/** One (kind, key) as this process counts it, in the shape the shared table stores. */
export interface PresenceEntry {
  kind: PresenceKind;
  key: string;
  streams: number;
  /** Now while streams are open; else when the last one closed. */
  lastLive: number;
}

/** This process's own streams, read synchronously; `onChange` hears every count that moves. */
export function createLocalPresence(now: () => number, onChange: (kind: PresenceKind, key: string) => void = () => undefined) {
  const consoles = new Map<string, { role: Role; streams: number }>();
  const visitors = new Map<string, { streams: number; closedAt: number }>();
  const once = (release: () => void) => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };
  return {
    consoleOpened: ({ username, role }: { username: string; role: Role }): (() => void) => {
      const entry = consoles.get(username) ?? { role, streams: 0 };
      entry.streams += 1;
      consoles.set(username, entry);
      if (role === "agent") onChange("agent", username);
      return once(() => {
        entry.streams -= 1;
        if (entry.streams <= 0) consoles.delete(username);
        if (role === "agent") onChange("agent", username);
      });
    },
    onlineAgents: (): string[] => [...consoles.entries()].filter(([, e]) => e.role === "agent" && e.streams > 0).map(([name]) => name),
    visitorOpened: (memberId: string): (() => void) => {
      const entry = visitors.get(memberId) ?? { streams: 0, closedAt: now() };
      entry.streams += 1;
      visitors.set(memberId, entry);
      onChange("visitor", memberId);
      return once(() => {
        entry.streams -= 1;
        entry.closedAt = now();
        onChange("visitor", memberId);
      });
    },
    visitorStreams: (memberId: string): number => visitors.get(memberId)?.streams ?? 0,
    visitorLastLive(memberId: string): LastLive | undefined {
      const entry = visitors.get(memberId);
      if (!entry) return undefined;
      return entry.streams > 0 ? "live" : entry.closedAt;
    },
    entry(kind: PresenceKind, key: string): PresenceEntry {
      if (kind === "agent") {
        const entry = consoles.get(key);
        return { kind, key, streams: entry?.role === "agent" ? entry.streams : 0, lastLive: now() };
      }
      const entry = visitors.get(key);
      const streams = entry?.streams ?? 0;
      return { kind, key, streams, lastLive: streams > 0 || !entry ? now() : entry.closedAt };
    },
  };
}

export type LocalPresence = ReturnType<typeof createLocalPresence>;

/** One instance (SQLite): this process's streams are everyone's. */
export function createPresence(now: () => number = Date.now): Presence {
  const local = createLocalPresence(now);
  return {
    consoleOpened: local.consoleOpened,
    onlineAgents: async () => local.onlineAgents(),
    visitorOpened: local.visitorOpened,
    visitorStreams: async (memberId) => local.visitorStreams(memberId),
    visitorsLastLive: async (memberIds) => {
      const found = new Map<string, LastLive>();
      for (const id of memberIds) {
        const last = local.visitorLastLive(id);
        if (last !== undefined) found.set(id, last);
      }
      return found;
    },
    close: async () => undefined,
  };
}
