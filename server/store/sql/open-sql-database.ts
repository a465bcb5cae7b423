import { mkdirSync } from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, type KyselyConfig, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Database, Engine } from "./database.ts";
import { type DatabaseConfig, describePostgresUrl } from "./database-config.ts";
import { migrate } from "./migrations/migrate.ts";
import { withStatementCache } from "./sqlite-statement-cache.ts";
import { startupProblem } from "./startup-problem.ts";

export interface SqlDatabase {
  db: Kysely<Database>;
  engine: Engine;
  close(): Promise<void>;
}

// pg answers BIGINT (and COUNT(*)) as strings, since an int8 may not fit a JS number. Every int8 here is
// epoch milliseconds, a count or a sequence number, far inside 2^53; one outside it is an error rather
// than a silently rounded timestamp.
function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`a BIGINT value (${text}) is outside the range a JavaScript number holds exactly`);
  return value;
}

/** The SQLite file under dataDir (`:memory:` for tests) with the store's pragmas; not migrated. */
export function openSqliteFile(dataDir: string): SQLite.Database {
  let file = ":memory:";
  if (dataDir !== ":memory:") {
    mkdirSync(dataDir, { recursive: true });
    file = path.join(dataDir, "console.sqlite");
  }
  const sqlite = new SQLite(file);
  // WAL lets readers go on while a write commits; NORMAL sync is durable across a process crash,
  // which is the failure this store is designed for (a power loss may drop the last transaction).
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return sqlite;
}

/** Kysely over openSqliteFile, not migrated: openSqlDatabase migrates it. */
export function connectSqlite(dataDir: string, log?: KyselyConfig["log"]): Kysely<Database> {
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(openSqliteFile(dataDir)) }), ...(log && { log }) });
}

export interface OpenOptions {
  /**
   * A PostgreSQL connection that broke (server restarted, network cut) while idle in the pool or held
   * between two statements of a transaction. The pool drops it and the next query connects again (the
   * transaction fails); unheard, pg's 'error' event would end the process.
   */
  onConnectionError?: (error: Error) => void;
  /** Kysely's query log: the scale benchmark records every statement a repo runs, to EXPLAIN it. */
  log?: KyselyConfig["log"];
}

/** A pool on PostgreSQL, BIGINTs read as numbers; not migrated (openSqlDatabase does that). */
export function openPostgres(url: string, { onConnectionError = () => undefined, log }: OpenOptions = {}): Kysely<Database> {
  // Per pool, not pg's global parsers: nothing else in the process sees this choice.
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.INT8, parseInt8);
  const pool = new pg.Pool({
    connectionString: url,
    // An unreachable host fails start-up in seconds instead of hanging on the OS's TCP timeout.
    connectionTimeoutMillis: 10_000,
    types,
  });
  pool.on("error", onConnectionError);
  // The pool listens to idle connections only; a connection it has lent out has no listener of its own.
  pool.on("connect", (client) => client.on("error", onConnectionError));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...(log && { log }) });
}

/**
 * Opens the store's database and brings its schema up to date. A database that cannot be reached or
 * migrated throws one line naming where it is and what went wrong (start-up prints it and stops).
 */
export async function openSqlDatabase(config: DatabaseConfig, options: OpenOptions = {}): Promise<SqlDatabase> {
  const engine = config.engine;
  const db = engine === "sqlite" ? connectSqlite(config.dataDir, options.log) : openPostgres(config.url, options);
  const where = config.engine === "sqlite" ? `SQLite database under ${config.dataDir}` : `PostgreSQL database ${describePostgresUrl(config.url)}`;
  try {
    await migrate(db, engine);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw startupProblem(where, error, config.engine === "postgres" ? config.url : undefined);
  }
  return { db, engine, close: () => db.destroy() };
}
