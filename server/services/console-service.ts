import type { LyDefaults } from "../config.ts";
import { createLocalEventBus, type EventBus } from "../events/event-bus.ts";
import type { Store } from "../store/store.ts";
import type { AutoClosePolicy } from "../../contract/board.ts";
import { createAuditedTop, type TopCaller } from "./audited-top.ts";
import { createAutoCloser } from "./auto-close.ts";
import { createBoardOperations } from "./board-operations.ts";
import { createBulkCloser } from "./bulk-close.ts";
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
  events?: EventBus;
  autoClose?: AutoClosePolicy;
}

export const defaultAutoClosePolicy: AutoClosePolicy = { enabled: false, idle_minutes: 30, reason: "memberIsSilent", max_per_run: 50 };

export function createConsoleService(deps: ServiceDeps) {
  const { top, store, defaults, now = Date.now, events = createLocalEventBus(), autoClose = defaultAutoClosePolicy } = deps;
  const callTop = createAuditedTop(top, store, now);
  const operationDeps = { callTop, store, defaults, now, events };
  const sessions = createSessionOperations(operationDeps);
  const closeSession = (sid: string, reason: AutoClosePolicy["reason"], actor: string) => sessions.closeSession(sid, { reason }, actor);
  return {
    events,
    ...sessions,
    ...createMessageOperations(operationDeps),
    ...createGroupOperations(operationDeps),
    ...createBoardOperations({ store, now }),
    bulkClose: createBulkCloser({ store, events, closeSession, now }),
    autoClose: createAutoCloser({ store, closeSession, now, defaults: autoClose }),
  };
}

export type ConsoleService = ReturnType<typeof createConsoleService>;
