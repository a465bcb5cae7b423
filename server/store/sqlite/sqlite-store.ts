import type { Store } from "../store.ts";
import { createAuditRepo, createAuditWriter } from "./audit-repo.ts";
import { createBulkJobsRepo } from "./bulk-jobs-repo.ts";
import { createGroupTicketsRepo } from "./group-tickets-repo.ts";
import { createMessagesRepo } from "./messages-repo.ts";
import { openDatabase } from "./open-database.ts";
import { createQuickRepliesRepo } from "./quick-replies-repo.ts";
import { createSessionsRepo } from "./sessions-repo.ts";
import { createSettingsRepo } from "./settings-repo.ts";
import { createVisitorsRepo } from "./visitors-repo.ts";
import { createAuthSessionsRepo, createUsersRepo } from "./users-repo.ts";

/** The default store: one SQLite file under dataDir (or in memory for tests). */
export function createSqliteStore(dataDir: string): Store {
  const db = openDatabase(dataDir);
  const writeAudit = createAuditWriter(db);
  return {
    users: createUsersRepo(db),
    visitors: createVisitorsRepo(db),
    authSessions: createAuthSessionsRepo(db),
    sessions: createSessionsRepo(db),
    messages: createMessagesRepo(db, writeAudit),
    bulkJobs: createBulkJobsRepo(db),
    settings: createSettingsRepo(db),
    audit: createAuditRepo(db, writeAudit),
    quickReplies: createQuickRepliesRepo(db, writeAudit),
    ...createGroupTicketsRepo(db),
    async close() {
      db.close();
    },
  };
}
