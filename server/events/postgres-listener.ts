import pg from "pg";
import { describePostgresUrl, passwordRedactor } from "../store/sql/database-config.ts";

// LISTEN needs a connection of its own for as long as the process lives: a pooled connection would go
// back to the pool (and stop hearing) after each query. When it drops (server restart, cut network,
// pg_terminate_backend) it is opened again with backoff. Notifications sent while it was down are lost;
// that is fine because every browser's event stream reconnects too and then refetches what it shows.

/** Set on the listening connection, so an operator (or a test) can find it in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = "console-live-events";

export interface ListenerLog {
  warn(detail: object, message: string): void;
  info(detail: object, message: string): void;
}

export interface PostgresListener {
  close(): Promise<void>;
}

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 10_000;

/** Resolves once LISTEN is in place; a first connection that fails rejects (start-up stops). */
export async function listenPostgres(url: string, channel: string, onPayload: (payload: string) => void, log: ListenerLog): Promise<PostgresListener> {
  const where = describePostgresUrl(url);
  const redact = passwordRedactor(url);
  let client: pg.Client | undefined;
  let closed = false;
  let retryMs = FIRST_RETRY_MS;
  let outage = false;
  let timer: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, application_name: LISTENER_APPLICATION_NAME, connectionTimeoutMillis: 10_000 });
    // Without a listener pg's 'error' would end the process; 'end' follows it, and is what reconnects.
    next.on("error", () => undefined);
    next.on("notification", (message) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    next.once("end", () => {
      client = undefined;
      if (!closed) lost("the connection ended");
    });
    client = next;
    if (outage) log.info({ database: where }, "live events across instances: listening again");
    outage = false;
    retryMs = FIRST_RETRY_MS;
  };

  // Once per outage, whatever the number of failed attempts: a database that is down for an hour must
  // not fill the log. pg's messages name hosts and users, never the password.
  const lost = (reason: string) => {
    if (!outage) log.warn({ database: where, reason: redact(reason) }, "live events across instances: lost the LISTEN connection; reconnecting (other instances' events are missed meanwhile, browsers refetch on their own reconnect)");
    outage = true;
    timer = setTimeout(() => {
      timer = undefined;
      if (closed) return;
      connect().catch((error: Error) => lost(error.message));
    }, retryMs);
    timer.unref();
    retryMs = Math.min(MAX_RETRY_MS, retryMs * 2);
  };

  await connect();
  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await client?.end().catch(() => undefined);
    },
  };
}
