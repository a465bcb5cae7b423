import type { GroupTicketRecord, Store } from "../store.ts";
import { createAuditRepo, createAuditWriter } from "./audit-repo.ts";
import { createBulkJobsRepo } from "./bulk-jobs-repo.ts";
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
  const insertTicket = db.prepare(`INSERT INTO group_tickets (case_id, sid, open_conversation_id, system_time, request_id, created_at)
    VALUES (@case_id, @sid, @open_conversation_id, @system_time, @request_id, @at)
    ON CONFLICT (case_id) DO UPDATE SET system_time = excluded.system_time, request_id = excluded.request_id`);
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
    async recordGroupTicket(t: GroupTicketRecord) {
      insertTicket.run({ ...t, sid: t.sid ?? null, system_time: t.system_time ?? null, request_id: t.request_id ?? null });
    },
    close() {
      db.close();
    },
  };
}
