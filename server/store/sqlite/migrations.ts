import type { Database } from "better-sqlite3";
import { decodeContent } from "../../messages/dingtalk-content.ts";
import { backfillSearchTerms } from "./search-terms.ts";

// Versioned schema. Each migration runs once, in order, inside a transaction, and the version is
// kept in SQLite's user_version. Never edit a released migration: add the next one.

export const migrations: ReadonlyArray<(db: Database) => void> = [
  // 1: sessions, messages, group tickets, and the audit trail of TOP calls.
  (db) => {
    db.exec(`
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
      CREATE INDEX top_calls_by_session ON top_calls (sid, at DESC);
    `);
  },
  // 2: bulk-close jobs that survive a restart, and console settings (the auto-close policy).
  (db) => {
    db.exec(`
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

      CREATE INDEX top_calls_by_actor ON top_calls (actor, at DESC);
    `);
  },
  // 3: staff accounts and their sign-in sessions (only a SHA-256 of each session token is kept).
  (db) => {
    db.exec(`
      CREATE TABLE users (
        username      TEXT PRIMARY KEY COLLATE NOCASE,
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
        username     TEXT NOT NULL REFERENCES users (username) ON DELETE CASCADE,
        created_at   INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX auth_sessions_by_user ON auth_sessions (username);
    `);
  },
  // 4: indexes for an agent's own session list and for the board's sort without a temporary b-tree.
  (db) => {
    db.exec(`
      CREATE INDEX sessions_by_agent_activity ON sessions (agent, last_activity_at DESC, sid DESC);
      DROP INDEX sessions_open_by_activity;
      CREATE INDEX sessions_open_by_activity ON sessions (status, last_activity_at, sid);
    `);
  },
  // 5: the typed payload of each message beside its encoded DingTalk content (the API speaks payloads).
  // Existing rows get theirs decoded from content; a row that does not decode keeps NULL and reads as
  // unreadable (server/messages/stored-content.ts decodes NULL rows again on read, so this is only a
  // cache: a later decoder needs no new migration).
  (db) => {
    db.exec(`ALTER TABLE messages ADD COLUMN payload_json TEXT`);
    backfillPayloads(db);
  },
  // 6: what the platform said in the audit trail (msg, sub_msg beside the codes); sessions the platform
  // no longer knows (flagged when it says so, then marked closed in the console with a note); and how
  // each bulk-close item ended (closed, already closed, unknown to the platform).
  (db) => {
    db.exec(`
      ALTER TABLE top_calls ADD COLUMN msg TEXT;
      ALTER TABLE top_calls ADD COLUMN sub_msg TEXT;
      ALTER TABLE sessions ADD COLUMN unknown_to_platform_at INTEGER;
      ALTER TABLE sessions ADD COLUMN close_note TEXT;
      ALTER TABLE bulk_job_items ADD COLUMN outcome TEXT;
    `);
  },
  // 7: the customer side (issue 10). Sessions get an origin, an assignment (agent '' = Unassigned: the
  // column stays NOT NULL so the agent index serves the queue too), the inbox fields kept up to date
  // as messages are sent (preview, unread, waiting since) and the agent's read time the customer sees.
  // Visitors are the customer page's anonymous or host-signed identities.
  (db) => {
    db.exec(`
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
      ) STRICT;
    `);
  },
  // 8: demo accounts marked as such (they sign in only in sandbox mode); security events in the audit
  // trail carry the client address and a short detail. Accounts seeded by an earlier sandbox run are
  // recognised by their fixed names and operator ids, so a store shared with live mode is caught too.
  (db) => {
    db.exec(`
      ALTER TABLE users ADD COLUMN demo INTEGER NOT NULL DEFAULT 0;
      UPDATE users SET demo = 1
        WHERE (username = 'agent' AND operator_id = 'demo-agent') OR (username = 'supervisor' AND operator_id = 'demo-supervisor');
      ALTER TABLE top_calls ADD COLUMN address TEXT;
      ALTER TABLE top_calls ADD COLUMN detail TEXT;
    `);
  },
  // 9: who sent a message through the console (the staff username; NULL for a customer's message and for
  // rows written before this column). The display name is read from users at read time, so a renamed
  // account shows its current name on every past message.
  (db) => {
    db.exec(`ALTER TABLE messages ADD COLUMN sent_by TEXT;`);
  },
  // 10: finding a session by nickname, channel user id or session id (server/store/sqlite/search-terms.ts:
  // one row per term, searched as an index range), filled for the sessions already stored; and a
  // session's group tickets listed by session.
  (db) => {
    db.exec(`
      CREATE TABLE session_search_terms (
        term TEXT NOT NULL,
        sid  TEXT NOT NULL REFERENCES sessions (sid),
        PRIMARY KEY (term, sid)
      );
      CREATE INDEX group_tickets_by_session ON group_tickets (sid, created_at);
    `);
    backfillSearchTerms(db);
  },
  // 11: audit outcomes by what they mean: "platform_refused" (the platform answered no: isv.*, 40/41,
  // isp.invalid-parameters, result.success=false), "flow_control" (code 7, accesscontrol.*) and
  // "gateway_error" (no usable answer: timeouts, transport, 5xx, unreadable, isp.* and configuration
  // faults), with what went wrong kept in detail. Rows written before were stored by TopError kind, where
  // "gateway" mixed a refusal such as isv.session-locked with the gateway's own faults. Also the board's
  // list of recent bulk closes, newest first.
  (db) => {
    const flow = `(COALESCE(top_code, '') = '7' OR COALESCE(sub_code, '') LIKE 'accesscontrol.%')`;
    const refusal = `(COALESCE(sub_code, '') = 'isp.invalid-parameters' OR COALESCE(sub_code, '') LIKE 'isv.%' OR COALESCE(top_code, '') IN ('40', '41'))`;
    const provider = `(COALESCE(top_code, '') = '10' OR COALESCE(sub_code, '') LIKE 'isp.%')`;
    db.exec(`
      UPDATE top_calls SET
        detail = CASE
          WHEN outcome IN ('transport', 'timeout', 'unreadable') THEN outcome
          WHEN outcome = 'gateway' AND NOT ${flow} AND NOT ${refusal} THEN CASE WHEN ${provider} THEN 'provider_fault' ELSE 'gateway_fault' END
          ELSE detail END,
        outcome = CASE
          WHEN outcome = 'business' THEN 'platform_refused'
          WHEN outcome IN ('transport', 'timeout', 'unreadable') THEN 'gateway_error'
          WHEN ${flow} THEN 'flow_control'
          WHEN ${refusal} THEN 'platform_refused'
          ELSE 'gateway_error' END
        WHERE outcome IN ('business', 'gateway', 'transport', 'timeout', 'unreadable');
      CREATE INDEX bulk_jobs_by_time ON bulk_jobs (created_at DESC);
    `);
  },
  // 12: quick replies supervisors keep for agents (issue 12). `search_text` is the title and both texts
  // lower-cased by the server (Unicode-aware, which SQLite's LOWER is not), so a case-insensitive filter
  // is a plain LIKE; plain types, so the table ports as is.
  (db) => {
    db.exec(`
      CREATE TABLE quick_replies (
        id          TEXT PRIMARY KEY,
        title       TEXT NOT NULL,
        text_zh     TEXT NOT NULL,
        text_en     TEXT NOT NULL,
        search_text TEXT NOT NULL,
        updated_at  INTEGER NOT NULL,
        updated_by  TEXT NOT NULL
      );
      CREATE INDEX quick_replies_by_title ON quick_replies (title, id);
    `);
  },
  // 13: when a bulk close's current run started (its start, or its latest "Retry failed"), so every
  // supervisor's board can order two snapshots of one job across a retry. NULL on older rows: created_at.
  (db) => {
    db.exec(`ALTER TABLE bulk_jobs ADD COLUMN run_started_at INTEGER;`);
  },
  // 14: a session's search terms by session, so a common search can check each session it reads in
  // inbox order (server/store/sqlite/inbox-list.ts) instead of sorting every match.
  (db) => {
    db.exec(`CREATE INDEX session_search_terms_by_session ON session_search_terms (sid, term);`);
  },
];

function backfillPayloads(db: Database) {
  const page = db.prepare<[number], { seq: number; content_type: number; content: string }>(
    `SELECT seq, content_type, content FROM messages WHERE seq > ? ORDER BY seq LIMIT 1000`,
  );
  const set = db.prepare(`UPDATE messages SET payload_json = ? WHERE seq = ?`);
  // Paged, because better-sqlite3 cannot write while a SELECT on the same connection is iterating.
  for (let after = 0, rows = page.all(after); rows.length > 0; rows = page.all(after)) {
    for (const row of rows) {
      const decoded = decodeContent(row.content_type, row.content);
      if (decoded) set.run(JSON.stringify(decoded.payload), row.seq);
      after = row.seq;
    }
  }
}

export function migrate(db: Database): { from: number; to: number } {
  const from = db.pragma("user_version", { simple: true }) as number;
  if (from > migrations.length) {
    throw new Error(`database schema version ${from} is newer than this build knows (${migrations.length})`);
  }
  for (let version = from; version < migrations.length; version++) {
    const step = migrations[version];
    if (!step) break;
    db.transaction(() => {
      step(db);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return { from, to: migrations.length };
}
