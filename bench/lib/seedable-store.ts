import type { Database as SqliteFile } from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Database } from "../../server/store/sql/database.ts";
import { migrate } from "../../server/store/sql/migrations/migrate.ts";
import { openSqliteFile } from "../../server/store/sql/open-sql-database.ts";
import { withStatementCache } from "../../server/store/sql/sqlite-statement-cache.ts";

// A benchmark's SQLite store, migrated as the BFF migrates it, with the raw better-sqlite3 handle kept
// open beside it: seeding a million rows is done with prepared statements in one transaction, far
// faster than through the repos (which a benchmark times rather than uses to fill).

export async function openSeedableStore(dataDir: string): Promise<{ file: SqliteFile; db: Kysely<Database> }> {
  const file = openSqliteFile(dataDir);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(file) }) });
  await migrate(db, "sqlite");
  return { file, db };
}
