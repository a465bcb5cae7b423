import type { LastLive, PresenceKind } from "./presence.ts";

// What one instance knows merged with the other instances' rows of the presence table. Each row is
// one instance's count for one (kind, key), kept alive by that instance refreshing its expiry every few
// seconds. A row past its expiry belongs to an instance that stopped refreshing (killed, frozen, cut
// off from the database): its streams no longer count, and its visitors count as last live when it last
// refreshed, which is what it wrote into last_live while they were live. This instance's own rows are
// never merged: its memory is exact and newer.

export interface PresenceRow {
  instance: string;
  kind: PresenceKind;
  key: string;
  streams: number;
  /** While live: the owning instance's last refresh; else when its last stream closed. */
  lastLive: number;
  expiresAt: number;
}

const counts = (row: PresenceRow, now: number) => row.streams > 0 && row.expiresAt > now;

export function mergeOnlineAgents(local: readonly string[], rows: readonly PresenceRow[], now: number): string[] {
  const online = new Set(local);
  for (const row of rows) if (row.kind === "agent" && counts(row, now)) online.add(row.key);
  return [...online];
}

export function mergeVisitorStreams(local: number, rows: readonly PresenceRow[], now: number): number {
  return rows.reduce((sum, row) => (row.kind === "visitor" && counts(row, now) ? sum + row.streams : sum), local);
}

/** Live anywhere wins; else the latest time any instance saw a page open; undefined if none ever did. */
export function mergeLastLive(local: LastLive | undefined, rows: readonly PresenceRow[], now: number): LastLive | undefined {
  let latest = local;
  for (const row of rows) {
    if (row.kind !== "visitor") continue;
    if (latest === "live" || counts(row, now)) return "live";
    latest = latest === undefined ? row.lastLive : Math.max(latest, row.lastLive);
  }
  return latest;
}
