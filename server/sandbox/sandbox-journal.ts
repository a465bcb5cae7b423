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

/**
 * `waitMs`: how long to wait for a previous owner to let go of the file, as a console restarted by
 * `node --watch` may start while the old process is still closing.
 */
export function openSandboxJournal(dataDir: string, { waitMs = 5_000 }: { waitMs?: number } = {}): SandboxJournal {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, sandboxJournalFile);
  const db = new Database(file, { timeout: waitMs });
  // One write per state change must stay cheap next to the call that causes it (~0.1 ms of sandbox
  // work). WAL with no syncing at all still survives a process crash, the restart this exists for
  // (only a power cut can lose the last writes of a demo platform); one process owns the file, so
  // an exclusive lock spares the shared-memory locking of every commit. Together: about a third of
  // the cost per upsert of the console store's settings (WAL, synchronous NORMAL), measured here.
  let version: unknown;
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = OFF");
    version = db.pragma("user_version", { simple: true });
  } catch (error) {
    db.close();
    if (!isBusy(error)) throw error;
    throw new Error(`${file} is in use by another process (another console on the same DATA_DIR?)`, { cause: error });
  }
  if (version !== 0 && version !== schemaVersion) {
    db.close();
    throw new Error(`${file} is from another version (${String(version)}); delete it to start afresh`);
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

function isBusy(error: unknown): boolean {
  return error instanceof Database.SqliteError && (error.code === "SQLITE_BUSY" || error.code === "SQLITE_LOCKED");
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
