import type { LyDefaults } from "../config.ts";
import type { Store } from "../store/store.ts";
import { createAuditedTop, type TopCaller } from "./audited-top.ts";
import { createGroupOperations } from "./group-operations.ts";
import { createMessageOperations } from "./message-operations.ts";
import { createSessionOperations } from "./session-operations.ts";

// The console's operations, one per user action. They read like the flow: check our record, fill
// defaults, call TOP through the audited client, write the outcome. No req/res down here.

export interface ServiceDeps {
  top: TopCaller;
  store: Store;
  defaults: LyDefaults;
  now?: () => number;
}

export function createConsoleService({ top, store, defaults, now = Date.now }: ServiceDeps) {
  const callTop = createAuditedTop(top, store, now);
  const deps = { callTop, store, defaults, now };
  return {
    ...createSessionOperations(deps),
    ...createMessageOperations(deps),
    ...createGroupOperations(deps),
  };
}

export type ConsoleService = ReturnType<typeof createConsoleService>;
