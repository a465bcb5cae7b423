import { exec } from "./ddl.ts";
import type { MigrationStep } from "./step.ts";

// 17: a bulk-close item is claimed by the instance closing it, until claimed_until (epoch ms), a lease its
// worker renews while the close is in flight. Another instance takes over an item whose lease ran out (its
// instance died), so a job continues on any instance (server/services/bulk-close.ts). NULL: never claimed.
// The index serves the claim query: a job's pending items, in sid order.
export const stepSeventeen: MigrationStep = (db, engine) =>
  exec(
    db,
    engine,
    `ALTER TABLE bulk_job_items ADD COLUMN claimed_by TEXT;
     ALTER TABLE bulk_job_items ADD COLUMN claimed_until INTEGER;
     CREATE INDEX bulk_job_items_pending ON bulk_job_items (job_id, sid) WHERE status = 'pending'`,
  );
