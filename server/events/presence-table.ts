import type pg from "pg";
import type { PresenceRow } from "./presence-merge.ts";
import type { PresenceEntry, PresenceKind } from "./presence.ts";

// The presence table's statements (migration 18), one instance's view: it writes only its own rows
// and reads only the others'. Epoch milliseconds are BIGINT, which pg answers as strings.

type Queryable = Pick<pg.Pool, "query">;
interface RawRow {
  instance: string;
  kind: PresenceKind;
  key: string;
  streams: string;
  last_live: string;
  expires_at: string;
}
const columns = "instance, kind, key, streams, last_live, expires_at";
const toRow = (raw: RawRow): PresenceRow => ({
  instance: raw.instance,
  kind: raw.kind,
  key: raw.key,
  streams: Number(raw.streams),
  lastLive: Number(raw.last_live),
  expiresAt: Number(raw.expires_at),
});

export function presenceTable(db: Queryable, instance: string) {
  return {
    /** One statement whatever the number of entries (arrays, not one parameter per value). */
    async write(entries: readonly PresenceEntry[], expiresAt: number): Promise<void> {
      if (entries.length === 0) return;
      await db.query(
        `INSERT INTO presence (${columns})
         SELECT $1::text, kind, key, streams, last_live, $6::bigint FROM unnest($2::text[], $3::text[], $4::bigint[], $5::bigint[]) AS e(kind, key, streams, last_live)
         ON CONFLICT (instance, kind, key) DO UPDATE SET streams = excluded.streams, last_live = excluded.last_live, expires_at = excluded.expires_at`,
        [instance, entries.map((e) => e.kind), entries.map((e) => e.key), entries.map((e) => e.streams), entries.map((e) => e.lastLive), expiresAt],
      );
    },
    /** Keeps every row of this instance counting; a live row's last_live moves to now. */
    async refresh(now: number, expiresAt: number): Promise<void> {
      await db.query(`UPDATE presence SET expires_at = $2, last_live = CASE WHEN streams > 0 THEN $3 ELSE last_live END WHERE instance = $1`, [instance, expiresAt, now]);
    },
    /** Graceful stop: this instance's streams are over as of now. */
    async release(now: number): Promise<void> {
      await db.query(`UPDATE presence SET streams = 0, expires_at = $2, last_live = CASE WHEN streams > 0 THEN $2 ELSE last_live END WHERE instance = $1`, [instance, now]);
    },
    async onlineAgents(): Promise<PresenceRow[]> {
      const { rows } = await db.query<RawRow>(`SELECT ${columns} FROM presence WHERE kind = 'agent' AND streams > 0 AND instance <> $1`, [instance]);
      return rows.map(toRow);
    },
    async visitors(memberIds: readonly string[]): Promise<PresenceRow[]> {
      if (memberIds.length === 0) return [];
      const { rows } = await db.query<RawRow>(`SELECT ${columns} FROM presence WHERE kind = 'visitor' AND key = ANY($2::text[]) AND instance <> $1`, [instance, memberIds]);
      return rows.map(toRow);
    },
    /** Rows that stopped counting long ago, whoever wrote them (an instance killed does not clean up). */
    async prune(before: number): Promise<void> {
      await db.query(`DELETE FROM presence WHERE expires_at < $1`, [before]);
    },
  };
}

export type PresenceTable = ReturnType<typeof presenceTable>;
