import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { migrate } from "./migrations.ts";

/** Opens (creating if needed) the console database under dataDir; `:memory:` for tests. */
export function openDatabase(dataDir: string): Database.Database {
  let file = ":memory:";
  if (dataDir !== ":memory:") {
    mkdirSync(dataDir, { recursive: true });
    file = path.join(dataDir, "console.sqlite");
  }
  const db = new Database(file);
  // WAL lets readers go on while a write commits; NORMAL sync is durable across a process crash,
  // which is the failure this store is designed for (a power loss may drop the last transaction).
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  migrate(db);
  return db;
}
