import type { SqliteDatabase, SqliteStatement } from "kysely";

// Kysely's SQLite driver prepares every query it runs afresh. Preparing is most of a small query's
// cost in better-sqlite3 (a primary-key read: ~100 µs prepared each time, a few µs reused), and the
// store runs the same few dozen statements all day, so prepared statements are kept by their SQL.
// Bounded, least recently used first out: the inbox's and the board's filters make a few hundred shapes
// at most, not an unbounded set (values are always bound parameters, never part of the SQL).

const LIMIT = 500;

export function withStatementCache(db: SqliteDatabase, limit = LIMIT): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      db.close();
    },
    prepare(sql) {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = db.prepare(sql);
        if (cache.size >= limit) cache.delete(cache.keys().next().value ?? "");
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}
