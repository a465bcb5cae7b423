import { randomUUID } from "node:crypto";
import pg from "pg";
import { z } from "zod";
import { type ConsoleEvent, consoleEventSchema } from "../../contract/events.ts";
import { createLocalEventBus, type EventBus } from "./event-bus.ts";
import { type ListenerLog, listenPostgres } from "./postgres-listener.ts";

// Live events across BFF instances sharing one PostgreSQL database. publish() delivers to this
// instance's streams at once (as the local bus does) and sends a NOTIFY on one channel; every other
// instance relays what it hears to its own streams. An instance ignores its own notifications, which it
// has delivered already. NOTIFY's payload must stay under 8000 bytes: a larger event (a long message's
// markdown) is written to live_events and only its id is notified.

export const LIVE_EVENTS_CHANNEL = "console_events";
/** Bytes of payload below PostgreSQL's 8000-byte NOTIFY limit, with room for the envelope. */
export const NOTIFY_LIMIT_BYTES = 7_900;
/** Stored large events are kept this long: long enough for every listening instance to read them. */
const KEEP_STORED_MS = 5 * 60_000;

type Envelope = { from: string; event: unknown } | { from: string; id: number };
const envelopeSchema = z.object({ from: z.string(), event: z.unknown(), id: z.number().int().optional() });

export interface PostgresEventBus extends EventBus {
  close(): Promise<void>;
}

export async function createPostgresEventBus(url: string, log: ListenerLog): Promise<PostgresEventBus> {
  const self = randomUUID();
  const local = createLocalEventBus();
  // Publishing and reading stored events; two connections are plenty since both run one at a time.
  const pool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 10_000 });
  const broken = (error: Error) => log.warn({ reason: error.message }, "live events: a PostgreSQL connection broke; the next query reconnects");
  pool.on("error", broken);
  // The pool listens to idle connections only; one lent out when it breaks needs its own listener.
  pool.on("connect", (client) => client.on("error", broken));
  let lastPrune = 0;

  async function send(event: ConsoleEvent): Promise<void> {
    const inline = JSON.stringify({ from: self, event } satisfies Envelope);
    if (Buffer.byteLength(inline) <= NOTIFY_LIMIT_BYTES) {
      await pool.query("SELECT pg_notify($1, $2)", [LIVE_EVENTS_CHANNEL, inline]);
      return;
    }
    const now = Date.now();
    const { rows } = await pool.query<{ id: string }>("INSERT INTO live_events (payload, created_at) VALUES ($1, $2) RETURNING id", [JSON.stringify(event), now]);
    const id = Number(rows[0]?.id);
    await pool.query("SELECT pg_notify($1, $2)", [LIVE_EVENTS_CHANNEL, JSON.stringify({ from: self, id } satisfies Envelope)]);
    if (now - lastPrune > 60_000) {
      lastPrune = now;
      await pool.query("DELETE FROM live_events WHERE created_at < $1", [now - KEEP_STORED_MS]);
    }
  }

  async function receive(payload: string): Promise<void> {
    const envelope = envelopeSchema.parse(JSON.parse(payload));
    if (envelope.from === self) return;
    let raw = envelope.event;
    if (typeof envelope.id === "number") {
      const { rows } = await pool.query<{ payload: string }>("SELECT payload FROM live_events WHERE id = $1", [envelope.id]);
      if (!rows[0]) throw new Error(`live event ${envelope.id} is no longer stored`);
      raw = JSON.parse(rows[0].payload);
    }
    // Another process wrote it: parse it as any other input, so a mismatched build is caught here.
    local.publish(consoleEventSchema.parse(raw));
  }

  // One queue each way keeps events in the order they were published, although a stored event takes
  // an extra query on both sides.
  let sending = Promise.resolve();
  let receiving = Promise.resolve();
  const listener = await listenPostgres(url, LIVE_EVENTS_CHANNEL, (payload) => {
    receiving = receiving.then(() => receive(payload)).catch((error: Error) => log.warn({ reason: error.message }, "live events: an event from another instance was dropped"));
  }, log);

  return {
    publish(event) {
      local.publish(event);
      sending = sending.then(() => send(event)).catch((error: Error) => log.warn({ reason: error.message, type: event.type }, "live events: not sent to the other instances"));
    },
    // The NOTIFYs go out one after the other: the last one queued is done when all are.
    flush: () => sending,
    subscribe: (listener) => local.subscribe(listener),
    async close() {
      await listener.close();
      await Promise.all([sending, receiving]);
      await pool.end();
    },
  };
}
