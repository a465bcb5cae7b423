import pg from "pg";
import { passwordRedactor } from "../store/sql/database-config.ts";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres } from "rate-limiter-flexible";

// The one place that decides where rate limits count: the sign-in limiter and the visitors' limits ask
// this factory for their limiters and never learn the engine.
//   - SQLite (one instance): in this process's memory, as before.
//   - PostgreSQL (several instances may share the database): in the rate_limits table (migration 16), so a
//     guess on one instance counts toward the block on every other.
// Fail-safe when PostgreSQL cannot be reached or answers with an error: each PostgreSQL limiter has an
// insuranceLimiter, an in-memory limiter with the same points and window, which takes the calls until the
// database answers again. Nobody is locked out (a failing database is not a refusal) and guesses are still
// limited, per instance, exactly as a single instance limits them today. Counts made in memory during an
// outage are not carried into the table afterwards, so an attacker gains at most one window's allowance per
// instance per outage.

export interface LimiterOptions {
  /** Names the limiter's keys; unique per limiter (they share one table). */
  keyPrefix: string;
  points: number;
  /** Window in seconds. */
  duration: number;
}

export interface RateLimiters {
  create(options: LimiterOptions): RateLimiterAbstract;
  close(): Promise<void>;
}

export const memoryRateLimiters: RateLimiters = {
  create: (options) => new RateLimiterMemory(options),
  close: async () => undefined,
};

export interface RateLimitLog {
  warn(detail: object, message: string): void;
}

export function createPostgresRateLimiters(url: string, log: RateLimitLog): RateLimiters {
  const redact = passwordRedactor(url);
  // Its own small pool, not the store's: a sign-in storm must not take the connections the inbox needs,
  // and short timeouts send a slow or unreachable database to the insurance within two seconds instead of
  // holding a sign-in for the store's ten.
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 2_000, query_timeout: 2_000, application_name: "console-rate-limits" });
  let failing = false;
  const reportOnce = (error: Error) => {
    if (failing) return;
    failing = true;
    log.warn({ reason: redact(error.message) }, "rate limits cannot reach PostgreSQL; counting in this instance's memory until it answers");
  };
  // A pooled connection that breaks (idle or lent out) must not end the process; the next query reconnects.
  pool.on("error", reportOnce);
  pool.on("connect", (client) => {
    failing = false;
    client.on("error", reportOnce);
  });
  let closed = false;
  // The store client RateLimiterPostgres calls (as a pool: query, no release); every failed query is
  // reported here before the insurance takes the call.
  const storeClient = {
    query: (query: pg.QueryConfig) =>
      pool.query(query).catch((error: Error) => {
        if (!closed) reportOnce(error);
        throw error;
      }),
  };
  return {
    create: (options) =>
      new RateLimiterPostgres({
        ...options,
        storeClient,
        storeType: "pool",
        tableName: "rate_limits",
        tableCreated: true,
        insuranceLimiter: new RateLimiterMemory(options),
      }),
    close: () => {
      closed = true;
      return pool.end();
    },
  };
}
