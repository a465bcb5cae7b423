import { randomUUID } from "node:crypto";
import pg from "pg";
import { describePostgresUrl, passwordRedactor } from "../store/sql/database-config.ts";
import { mergeLastLive, mergeOnlineAgents, mergeVisitorStreams, type PresenceRow } from "./presence-merge.ts";
import { presenceTable } from "./presence-table.ts";
import { createLocalPresence, type LastLive, type Presence, type PresenceKind } from "./presence.ts";

// Presence shared by every instance on one PostgreSQL database. Counts live in memory (exact, and a
// stream never waits for the database) and are written through to the presence table as they move; every
// few seconds the instance rewrites what failed and pushes its rows' expiry forward. Reads merge the other
// instances' rows (./presence-merge.ts). Clocks are compared across instances, as the heartbeat already
// does with last_live: instances are expected to keep time (NTP), well within the few seconds of TTL.
//
// When the database does not answer, nothing fails: streams open and close as always, and routing and the
// stream cap fall back to this instance's own streams (an agent live only elsewhere is not routed to; a
// visitor may open a few more pages on several instances) until a refresh gets through. The heartbeat is
// the exception: closing a conversation on half the picture would end a customer's chat live elsewhere,
// so its read rejects and that pass closes nobody. The warning is logged once per outage.

const REFRESH_MS = 5_000;
/** Three missed refreshes: an instance gone without releasing stops counting after this. */
const TTL_MS = 15_000;
/** Old rows are deleted once past the longest heartbeat window (24 h), so no visitor is judged on a gap. */
const KEEP_MS = 25 * 60 * 60_000;
const PRUNE_EVERY_MS = 10 * 60_000;

export interface PresenceLog {
  warn(detail: object, message: string): void;
}

export interface PresenceOptions {
  now?: () => number;
  refreshMs?: number;
  ttlMs?: number;
}

export interface PostgresPresence extends Presence {
  /** What the timer does: writes pending counts, then keeps this instance's rows alive. */
  refresh(): Promise<void>;
  /** `release: false` stops without a word to the database, as a killed instance would (tests). */
  close(options?: { release?: boolean }): Promise<void>;
}

export function createPostgresPresence(url: string, log: PresenceLog, options: PresenceOptions = {}): PostgresPresence {
  const { now = Date.now, refreshMs = REFRESH_MS, ttlMs = TTL_MS } = options;
  const redact = passwordRedactor(url);
  // Its own small pool with short timeouts, as the rate limits have: an outage shows within two seconds
  // and never takes the connections the inbox needs.
  const pool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 2_000, query_timeout: 2_000, application_name: "console-presence" });
  let failing = false;
  let closed = false;
  const report = (error: unknown) => {
    if (failing || closed) return;
    failing = true;
    const reason = redact(error instanceof Error ? error.message : String(error));
    log.warn({ database: describePostgresUrl(url), reason }, "presence cannot reach PostgreSQL; routing and stream caps use this instance's streams until it answers");
  };
  pool.on("error", report);
  pool.on("connect", (client) => client.on("error", report));

  const table = presenceTable(pool, randomUUID());
  const dirty = new Map<string, { kind: PresenceKind; key: string }>();
  const local = createLocalPresence(now, (kind, key) => {
    dirty.set(`${kind}:${key}`, { kind, key });
    // During an outage the timer retries; a write per stream event would only queue up timeouts.
    if (!failing && !closed) void queue(flush);
  });

  // One write at a time, in order: a close written before its open would leave a stream counted.
  let tail = Promise.resolve();
  const queue = (work: () => Promise<void>) => (tail = tail.then(work).catch(report));

  async function flush() {
    if (dirty.size === 0) return;
    const taken = [...dirty.entries()];
    dirty.clear();
    try {
      await table.write(taken.map(([, { kind, key }]) => local.entry(kind, key)), now() + ttlMs);
    } catch (error) {
      for (const [id, item] of taken) if (!dirty.has(id)) dirty.set(id, item);
      throw error;
    }
  }

  let lastPrune = 0;
  async function refresh() {
    await flush();
    await table.refresh(now(), now() + ttlMs);
    failing = false;
    if (now() - lastPrune >= PRUNE_EVERY_MS) {
      lastPrune = now();
      await table.prune(now() - KEEP_MS);
    }
  }

  /** Other instances' rows, or nothing while the database is known not to answer. */
  async function others<T>(read: () => Promise<T>): Promise<T | undefined> {
    if (failing) return undefined;
    return read().catch((error: unknown) => void report(error));
  }

  const timer = setInterval(() => void queue(refresh), refreshMs);
  timer.unref();

  return {
    consoleOpened: local.consoleOpened,
    visitorOpened: local.visitorOpened,
    async onlineAgents() {
      const rows = await others(() => table.onlineAgents());
      return mergeOnlineAgents(local.onlineAgents(), rows ?? [], now());
    },
    async visitorStreams(memberId) {
      const rows = await others(() => table.visitors([memberId]));
      return mergeVisitorStreams(local.visitorStreams(memberId), rows ?? [], now());
    },
    async visitorsLastLive(memberIds) {
      if (failing) throw new Error("presence: PostgreSQL is not answering; who is live elsewhere is unknown");
      const rows = await table.visitors(memberIds).catch((error: unknown) => {
        report(error);
        throw error;
      });
      const byMember = new Map<string, PresenceRow[]>();
      for (const row of rows) {
        const list = byMember.get(row.key) ?? [];
        list.push(row);
        byMember.set(row.key, list);
      }
      const found = new Map<string, LastLive>();
      for (const id of memberIds) {
        const last = mergeLastLive(local.visitorLastLive(id), byMember.get(id) ?? [], now());
        if (last !== undefined) found.set(id, last);
      }
      return found;
    },
    refresh: () => queue(refresh),
    async close({ release = true } = {}) {
      clearInterval(timer);
      if (release) await queue(() => flush().then(() => table.release(now())));
      closed = true;
      await tail;
      await pool.end();
    },
  };
}
