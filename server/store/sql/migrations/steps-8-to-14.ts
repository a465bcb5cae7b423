import { backfillSearchTerms } from "../search-terms.ts";
import { exec } from "./ddl.ts";
import type { MigrationStep } from "./step.ts";

// Versions 8 to 14, as the SQLite-only runner before this one released them.

const flow = `(COALESCE(top_code, '') = '7' OR COALESCE(sub_code, '') LIKE 'accesscontrol.%')`;
const refusal = `(COALESCE(sub_code, '') = 'isp.invalid-parameters' OR COALESCE(sub_code, '') LIKE 'isv.%' OR COALESCE(top_code, '') IN ('40', '41'))`;
const provider = `(COALESCE(top_code, '') = '10' OR COALESCE(sub_code, '') LIKE 'isp.%')`;

export const stepsEightToFourteen: MigrationStep[] = [
  // 8: demo accounts marked as such (they sign in only in sandbox mode); security events in the audit
  // trail carry the client address and a short detail. Accounts seeded by an earlier sandbox run are
  // recognised by their fixed names and operator ids, so a store shared with live mode is caught too.
  (db, engine) =>
    exec(db, engine, `
      ALTER TABLE users ADD COLUMN demo INTEGER NOT NULL DEFAULT 0;
      UPDATE users SET demo = 1
        WHERE (username = 'agent' AND operator_id = 'demo-agent') OR (username = 'supervisor' AND operator_id = 'demo-supervisor');
      ALTER TABLE top_calls ADD COLUMN address TEXT;
      ALTER TABLE top_calls ADD COLUMN detail TEXT`),
  // 9: who sent a message through the console (the staff username; NULL for a customer's message and for
  // rows written before this column). The display name is read from users at read time, so a renamed
  // account shows its current name on every past message.
  (db, engine) => exec(db, engine, `ALTER TABLE messages ADD COLUMN sent_by TEXT`),
  // 10: finding a session by nickname, channel user id or session id (../search-terms.ts: one row per
  // term, searched as an index range), filled for the sessions already stored; and a session's group
  // tickets listed by session. The term range `term >= q AND term < q || U+10FFFF` compares code points
  // on both engines (PostgreSQL's text columns are "C"-collated, ./ddl.ts).
  async (db, engine) => {
    await exec(db, engine, `
      CREATE TABLE session_search_terms (
        term TEXT NOT NULL,
        sid  TEXT NOT NULL REFERENCES sessions (sid),
        PRIMARY KEY (term, sid)
      );
      CREATE INDEX group_tickets_by_session ON group_tickets (sid, created_at)`);
    await backfillSearchTerms(db);
  },
  // 11: audit outcomes by what they mean: "platform_refused" (the platform answered no: isv.*, 40/41,
  // isp.invalid-parameters, result.success=false), "flow_control" (code 7, accesscontrol.*) and
  // "gateway_error" (no usable answer: timeouts, transport, 5xx, unreadable, isp.* and configuration
  // faults), with what went wrong kept in detail. Rows written before were stored by TopError kind, where
  // "gateway" mixed a refusal such as isv.session-locked with the gateway's own faults. Also the board's
  // list of recent bulk closes, newest first.
  (db, engine) =>
    exec(db, engine, `
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
      CREATE INDEX bulk_jobs_by_time ON bulk_jobs (created_at DESC)`),
  // 12: quick replies supervisors keep for agents (issue 12). `search_text` is the title and both texts
  // lower-cased by the server (Unicode-aware, which SQLite's LOWER is not), so a case-insensitive filter
  // is a plain LIKE on either engine.
  (db, engine) =>
    exec(db, engine, `
      CREATE TABLE quick_replies (
        id          TEXT PRIMARY KEY,
        title       TEXT NOT NULL,
        text_zh     TEXT NOT NULL,
        text_en     TEXT NOT NULL,
        search_text TEXT NOT NULL,
        updated_at  INTEGER NOT NULL,
        updated_by  TEXT NOT NULL
      );
      CREATE INDEX quick_replies_by_title ON quick_replies (title, id)`),
  // 13: when a bulk close's current run started (its start, or its latest "Retry failed"), so every
  // supervisor's board can order two snapshots of one job across a retry. NULL on older rows: created_at.
  (db, engine) => exec(db, engine, `ALTER TABLE bulk_jobs ADD COLUMN run_started_at INTEGER`),
  // 14: a session's search terms by session, so a common search can check each session it reads in
  // inbox order (../inbox-list.ts) instead of sorting every match.
  (db, engine) => exec(db, engine, `CREATE INDEX session_search_terms_by_session ON session_search_terms (sid, term)`),
];
