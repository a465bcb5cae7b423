import { exec } from "./ddl.ts";
import type { MigrationStep } from "./step.ts";

// 18: who is live, per instance (server/events/postgres-presence.ts): one row per instance and
// (kind, key), an agent's consoles or a customer's pages, with their open stream count, when they were
// last seen live, and an expiry the owning instance pushes forward every few seconds. Only PostgreSQL
// writes to it; SQLite gets the same table so both engines keep one schema.
export const stepEighteen: MigrationStep = (db, engine) =>
  exec(db, engine, `
    CREATE TABLE presence (
      instance   TEXT NOT NULL,
      kind       TEXT NOT NULL CHECK (kind IN ('agent', 'visitor')),
      key        TEXT NOT NULL,
      streams    INTEGER NOT NULL,
      last_live  INTEGER NOT NULL,
      expires_at INTEGER NOT NULL,
      PRIMARY KEY (instance, kind, key)
    );
    CREATE INDEX presence_by_key ON presence (kind, key);
    CREATE INDEX presence_by_expiry ON presence (expires_at)`);
