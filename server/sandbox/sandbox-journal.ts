import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type RecordKind, type RecordOf, recordSchemas } from "./sandbox-records.ts";

// Where the sandbox keeps what it remembers between runs: its own SQLite file beside the console's
// (DATA_DIR/sandbox.sqlite). Its own file because it stands in for a remote platform: the console's
// migrations never touch it, and deleting it is a platform that forgot everything. Each state change
// writes one row (an upsert by key); reads never touch the file, they are served from memory.

export const sandboxJournalFile = "sandbox.sqlite";

export interface SandboxJournal {
  /** Inserts or replaces the record of `kind` under `key`; the first insert fixes its load order. */
  put<K extends RecordKind>(kind: K, key: string, record: RecordOf<K>): void;
  /** Every stored record, in the order first stored; rows that no longer parse are counted, not loaded. */
  load(): { records: { [K in RecordKind]: RecordOf<K>[] }; unreadable: number };
  clear(): void;
  close(): void;
}

const schemaVersion = 1;

export function openSandboxJournal(dataDir: string): SandboxJournal {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, sandboxJournalFile));
  // As the console's store: WAL without a sync per commit survives a process crash, which is the
  // restart this exists for, and keeps a write well under the cost of the call that causes it.
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  const version = db.pragma("user_version", { simple: true });
  if (version !== 0 && version !== schemaVersion) {
    db.close();
    throw new Error(`${path.join(dataDir, sandboxJournalFile)} is from another version (${String(version)}); delete it to start afresh`);
  }
  db.exec(`CREATE TABLE IF NOT EXISTS sandbox_records (
    kind   TEXT NOT NULL,
    key    TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (kind, key)
  ) STRICT`);
  db.pragma(`user_version = ${schemaVersion}`);

  // An update keeps the row's rowid, so the load order stays the order things first happened.
  const upsert = db.prepare(`INSERT INTO sandbox_records (kind, key, record) VALUES (?, ?, ?)
    ON CONFLICT (kind, key) DO UPDATE SET record = excluded.record`);
  const all = db.prepare<[], { kind: string; record: string }>(`SELECT kind, record FROM sandbox_records ORDER BY rowid`);
  const deleteAll = db.prepare(`DELETE FROM sandbox_records`);

  return {
    put(kind, key, record) {
      upsert.run(kind, key, JSON.stringify(record));
    },
    load() {
      const records = { session: [], message: [], close: [], group: [], ticket: [] } as { [K in RecordKind]: RecordOf<K>[] };
      let unreadable = 0;
      for (const row of all.iterate()) {
        if (!isKind(row.kind)) {
          unreadable += 1;
          continue;
        }
        const parsed = recordSchemas[row.kind].safeParse(parseJson(row.record));
        if (parsed.success) (records[row.kind] as unknown[]).push(parsed.data);
        else unreadable += 1;
      }
      return { records, unreadable };
    },
    clear() {
      deleteAll.run();
    },
    close() {
      db.close();
    },
  };
}

function isKind(kind: string): kind is RecordKind {
  return Object.hasOwn(recordSchemas, kind);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
