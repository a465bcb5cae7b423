import { exec } from "./ddl.ts";
import type { MigrationStep } from "./step.ts";

// 15: live events too large for a PostgreSQL NOTIFY payload (under 8000 bytes; a long message's markdown,
// JSON-escaped, goes past it). The sending instance writes the event here and notifies only its id; the
// others read it by id. Rows are pruned after a few minutes (server/events/postgres-event-bus.ts). Only
// PostgreSQL writes to it; SQLite gets the same table so both engines keep one schema.
export const stepFifteen: MigrationStep = (db, engine) =>
  exec(db, engine, `
    CREATE TABLE live_events (
      id         INTEGER PRIMARY KEY AUTOINCREMENT,
      payload    TEXT NOT NULL,
      created_at INTEGER NOT NULL
    );
    CREATE INDEX live_events_by_time ON live_events (created_at)`);
