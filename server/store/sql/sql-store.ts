import type { Store } from "../store.ts";
import { createAuditRepo, writeAudit } from "./audit-repo.ts";
import { createBulkJobsRepo } from "./bulk-jobs-repo.ts";
import type { DatabaseConfig } from "./database-config.ts";
import { createGroupTicketsRepo } from "./group-tickets-repo.ts";
import { createMessagesRepo } from "./messages-repo.ts";
import { type OpenOptions, openSqlDatabase, type SqlDatabase } from "./open-sql-database.ts";
import { createQuickRepliesRepo } from "./quick-replies-repo.ts";
import { createSessionsRepo } from "./sessions-repo.ts";
import { createSettingsRepo } from "./settings-repo.ts";
import { createAuthSessionsRepo, createUsersRepo } from "./users-repo.ts";
import { createVisitorsRepo } from "./visitors-repo.ts";

/** The store over an opened, migrated database: SQLite or PostgreSQL, the same queries. */
export function createSqlStore(database: SqlDatabase): Store {
  const { db, engine } = database;
  return {
    users: createUsersRepo(db),
    visitors: createVisitorsRepo(db),
    authSessions: createAuthSessionsRepo(db),
    sessions: createSessionsRepo(db, engine),
    messages: createMessagesRepo(db, engine, writeAudit),
    bulkJobs: createBulkJobsRepo(db, engine),
    settings: createSettingsRepo(db),
    audit: createAuditRepo(db, writeAudit),
    quickReplies: createQuickRepliesRepo(db, writeAudit),
    ...createGroupTicketsRepo(db),
    close: () => database.close(),
  };
}

/** Opens the database `config` names (`{ engine: "sqlite", dataDir: ":memory:" }` in tests) and its store. */
export async function openSqlStore(config: DatabaseConfig, options: OpenOptions = {}): Promise<Store> {
  return createSqlStore(await openSqlDatabase(config, options));
}
