import { exec } from "./ddl.ts";
import { backfillPayloads } from "./backfill-payloads.ts";
import type { MigrationStep } from "./step.ts";

// Versions 1 to 7, as the SQLite-only runner before this one released them (a SQLite file made by it
// is taken over at its version, so these must keep building the same schema).

export const stepsOneToSeven: MigrationStep[] = [
  // 1: sessions, messages, group tickets, and the audit trail of TOP calls.
  (db, engine) =>
    exec(db, engine, `
      CREATE TABLE sessions (
        sid              TEXT PRIMARY KEY,
        status           TEXT NOT NULL CHECK (status IN ('open', 'closed')),
        channel          TEXT NOT NULL,
        channel_uid      TEXT NOT NULL,
        channel_nick     TEXT,
        session_source   TEXT NOT NULL,
        service_id       TEXT NOT NULL,
        bu_id            TEXT NOT NULL,
        summary          TEXT,
        agent            TEXT NOT NULL,
        create_dto       TEXT NOT NULL,
        top_session_id   TEXT,
        opened_at        INTEGER NOT NULL,
        last_activity_at INTEGER NOT NULL,
        closed_at        INTEGER,
        close_reason     TEXT,
        closed_by        TEXT,
        group_json       TEXT
      ) STRICT;
      CREATE INDEX sessions_by_activity ON sessions (last_activity_at DESC, sid DESC);
      CREATE INDEX sessions_open_by_activity ON sessions (status, last_activity_at);

      CREATE TABLE messages (
        seq            INTEGER PRIMARY KEY AUTOINCREMENT,
        message_id     TEXT NOT NULL UNIQUE,
        sid            TEXT NOT NULL REFERENCES sessions (sid),
        content_type   INTEGER NOT NULL,
        content        TEXT NOT NULL,
        sender_type    TEXT NOT NULL,
        sender_id      TEXT,
        status         TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
        error_json     TEXT,
        top_request_id TEXT,
        top_message_id TEXT,
        created_at     INTEGER NOT NULL,
        updated_at     INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX messages_by_session ON messages (sid, seq);
      CREATE INDEX messages_pending ON messages (status) WHERE status = 'pending';

      CREATE TABLE group_tickets (
        case_id              TEXT PRIMARY KEY,
        sid                  TEXT,
        open_conversation_id TEXT NOT NULL,
        system_time          TEXT,
        request_id           TEXT,
        created_at           INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE top_calls (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        at         INTEGER NOT NULL,
        method     TEXT NOT NULL,
        actor      TEXT NOT NULL,
        sid        TEXT,
        outcome    TEXT NOT NULL,
        top_code   TEXT,
        sub_code   TEXT,
        request_id TEXT,
        latency_ms INTEGER NOT NULL,
        attempts   INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX top_calls_by_time ON top_calls (at DESC);
      CREATE INDEX top_calls_by_session ON top_calls (sid, at DESC)`),
  // 2: bulk-close jobs that survive a restart, and console settings (the auto-close policy).
  (db, engine) =>
    exec(db, engine, `
      CREATE TABLE bulk_jobs (
        id          TEXT PRIMARY KEY,
        reason      TEXT NOT NULL,
        actor       TEXT NOT NULL,
        created_at  INTEGER NOT NULL,
        finished_at INTEGER
      ) STRICT;
      CREATE TABLE bulk_job_items (
        job_id     TEXT NOT NULL REFERENCES bulk_jobs (id),
        sid        TEXT NOT NULL,
        status     TEXT NOT NULL CHECK (status IN ('pending', 'done', 'failed')),
        error_json TEXT,
        PRIMARY KEY (job_id, sid)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX bulk_jobs_unfinished ON bulk_jobs (created_at) WHERE finished_at IS NULL;

      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE INDEX top_calls_by_actor ON top_calls (actor, at DESC)`),
  // 3: staff accounts and their sign-in sessions (only a SHA-256 of each session token is kept).
  // User names compare case-insensitively: SQLite's NOCASE, on PostgreSQL an ICU collation that
  // ignores case (nondeterministic, so equality and the primary key ignore case as NOCASE does). On
  // PostgreSQL a sign-in session's username has it too, so it compares with users' without a COLLATE;
  // SQLite's released column is BINARY and stays so (the repo resolves names through users).
  async (db, engine) => {
    if (engine === "postgres") {
      await exec(db, engine, `CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false)`);
    }
    await exec(db, engine, `
      CREATE TABLE users (
        username      TEXT COLLATE NOCASE PRIMARY KEY,
        display_name  TEXT NOT NULL,
        role          TEXT NOT NULL CHECK (role IN ('agent', 'supervisor')),
        operator_id   TEXT NOT NULL,
        service_id    TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        disabled      INTEGER NOT NULL DEFAULT 0,
        created_at    INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE auth_sessions (
        token_hash   TEXT PRIMARY KEY,
        username     TEXT ${engine === "postgres" ? "COLLATE NOCASE " : ""}NOT NULL REFERENCES users (username) ON DELETE CASCADE,
        created_at   INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX auth_sessions_by_user ON auth_sessions (username)`);
  },
  // 4: indexes for an agent's own session list and for the board's sort without a temporary b-tree.
  (db, engine) =>
    exec(db, engine, `
      CREATE INDEX sessions_by_agent_activity ON sessions (agent, last_activity_at DESC, sid DESC);
      DROP INDEX sessions_open_by_activity;
      CREATE INDEX sessions_open_by_activity ON sessions (status, last_activity_at, sid)`),
  // 5: the typed payload of each message beside its encoded DingTalk content (the API speaks payloads).
  // Existing rows get theirs decoded from content; a row that does not decode keeps NULL and reads as
  // unreadable (server/messages/stored-content.ts decodes NULL rows again on read, so this is only a
  // cache: a later decoder needs no new migration).
  async (db, engine) => {
    await exec(db, engine, `ALTER TABLE messages ADD COLUMN payload_json TEXT`);
    await backfillPayloads(db);
  },
  // 6: what the platform said in the audit trail (msg, sub_msg beside the codes); sessions the platform
  // no longer knows (flagged when it says so, then marked closed in the console with a note); and how
  // each bulk-close item ended (closed, already closed, unknown to the platform).
  (db, engine) =>
    exec(db, engine, `
      ALTER TABLE top_calls ADD COLUMN msg TEXT;
      ALTER TABLE top_calls ADD COLUMN sub_msg TEXT;
      ALTER TABLE sessions ADD COLUMN unknown_to_platform_at INTEGER;
      ALTER TABLE sessions ADD COLUMN close_note TEXT;
      ALTER TABLE bulk_job_items ADD COLUMN outcome TEXT`),
  // 7: the customer side (issue 10). Sessions get an origin, an assignment (agent '' = Unassigned: the
  // column stays NOT NULL so the agent index serves the queue too), the inbox fields kept up to date
  // as messages are sent (preview, unread, waiting since) and the agent's read time the customer sees.
  // Visitors are the customer page's anonymous or host-signed identities.
  (db, engine) =>
    exec(db, engine, `
      ALTER TABLE sessions ADD COLUMN origin TEXT NOT NULL DEFAULT 'agent';
      ALTER TABLE sessions ADD COLUMN last_preview TEXT;
      ALTER TABLE sessions ADD COLUMN last_type TEXT;
      ALTER TABLE sessions ADD COLUMN last_at INTEGER;
      ALTER TABLE sessions ADD COLUMN last_side TEXT;
      ALTER TABLE sessions ADD COLUMN unread_count INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE sessions ADD COLUMN waiting_since INTEGER;
      ALTER TABLE sessions ADD COLUMN agent_read_at INTEGER;
      CREATE INDEX sessions_inbox ON sessions (agent, status, last_activity_at DESC, sid DESC);
      CREATE INDEX sessions_by_status ON sessions (status, last_activity_at DESC, sid DESC);
      CREATE INDEX sessions_by_member ON sessions (channel_uid, opened_at DESC);
      CREATE TABLE visitors (
        visitor_id  TEXT PRIMARY KEY,
        member_id   TEXT NOT NULL,
        nickname    TEXT,
        signed      INTEGER NOT NULL DEFAULT 0,
        created_at  INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL
      ) STRICT`),
];
