import { exec } from "./ddl.ts";
import type { MigrationStep } from "./step.ts";

// 19: which instance (INSTANCE_NAME, stable across its restarts) started a pending message's send. An
// instance starting again releases what its previous run left pending at once; another instance's pending
// sends are released only once no live instance can still be sending them (server/services/interrupted-sends.ts).
export const stepNineteen: MigrationStep = (db, engine) => exec(db, engine, `ALTER TABLE messages ADD COLUMN sending_instance TEXT`);
