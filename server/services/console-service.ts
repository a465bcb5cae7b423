import { randomUUID } from "node:crypto";
import type { LyDefaults } from "../config.ts";
import { createLocalEventBus, type EventBus } from "../events/event-bus.ts";
import type { Store } from "../store/store.ts";
import type { RunExclusive } from "../coordination/exclusive-runs.ts";
import type { AutoClosePolicy } from "../../contract/board.ts";
import { createAuditedTop, type TopCaller } from "./audited-top.ts";
import type { Actor } from "../auth/actor.ts";
import { toActor } from "../auth/auth-service.ts";
import { AUTO_CLOSE_ACTOR, createAutoCloser } from "./auto-close.ts";
import { createBoardOperations } from "./board-operations.ts";
import { createBulkCloser } from "./bulk-close.ts";
import { createGroupOperations } from "./group-operations.ts";
import { createInterruptedSends, PENDING_MARGIN_MS } from "./interrupted-sends.ts";
import { createMessageOperations } from "./message-operations.ts";
import { createSessionOperations } from "./session-operations.ts";
import { createPresence, type Presence } from "../events/presence.ts";
import { createHeartbeat, HEARTBEAT_ACTOR } from "./heartbeat.ts";
import { createInboxOperations } from "./inbox-operations.ts";
import { createVisitorOperations } from "./visitor-operations.ts";
import { createQuickReplyOperations } from "./quick-reply-operations.ts";

// The console's operations, one per user action. They read like the flow: check our record, fill
// defaults, call TOP through the audited client, write the outcome. No req/res down here.

export interface ServiceDeps {
  top: TopCaller;
  store: Store;
  defaults: LyDefaults;
  now?: () => number;
  events?: EventBus;
  autoClose?: AutoClosePolicy;
  /** BULK_CLOSE_MAX: the most sessions one bulk close may take. */
  bulkCloseMax?: number;
  /** Live consoles (routing) and customer pages (heartbeat). */
  presence?: Presence;
  /** The timers' one-instance-at-a-time lock (PostgreSQL); by default every run goes ahead (SQLite). */
  exclusive?: RunExclusive;
  /** The longest a TOP call can take (retry-policy.ts longestCallMs); a message pending longer was interrupted. */
  longestCallMs?: number;
  /** INSTANCE_NAME: recorded on the messages this instance sends, so its next run can release them at once. */
  instanceName?: string;
}

/** In-process tests and tools that do not say: above the default TOP settings' longest call (3 × 10 s + waits). */
const DEFAULT_LONGEST_CALL_MS = 60_000;

export const defaultAutoClosePolicy: AutoClosePolicy = { enabled: false, idle_minutes: 30, reason: "memberIsSilent", max_per_run: 50 };

export function createConsoleService(deps: ServiceDeps) {
  const { top, store, defaults, now = Date.now, events = createLocalEventBus(), autoClose = defaultAutoClosePolicy, presence = createPresence(now), exclusive } = deps;
  const callTop = createAuditedTop(top, store, now);
  const operationDeps = { callTop, store, defaults, now, events };
  const sessions = createSessionOperations(operationDeps);
  const closeSession = (sid: string, reason: AutoClosePolicy["reason"], actor: Actor) => sessions.closeSession(sid, { reason }, actor);
  // Background closes act as a supervisor with the configured operator identity.
  const systemActor = (username: string): Actor => ({
    username,
    role: "supervisor",
    operatorId: defaults.operator_id,
    serviceId: defaults.service_id,
  });
  const actorNamed = async (username: string): Promise<Actor> => {
    const user = await store.users.get(username);
    return user ? toActor(user) : systemActor(username);
  };
  const interruptedSends = createInterruptedSends({
    store,
    events,
    now,
    // Without a name (tests, tools), a name of its own: no later run will claim its sends.
    instance: deps.instanceName ?? randomUUID(),
    leaseMs: (deps.longestCallMs ?? DEFAULT_LONGEST_CALL_MS) + PENDING_MARGIN_MS,
  });
  const messages = createMessageOperations(operationDeps, sessions.getSession, sessions.flagUnknown, interruptedSends.sender);
  const inbox = createInboxOperations(operationDeps, sessions.getSession, messages.deliver, presence);
  return {
    events,
    presence,
    ...sessions,
    ...messages,
    interruptedSends,
    takeSession: inbox.take,
    assignSession: inbox.assign,
    readSession: inbox.read,
    visitor: createVisitorOperations(operationDeps, {
      deliver: messages.deliver,
      closeSession: sessions.closeSession,
      routeTarget: inbox.routeTarget,
      routed: inbox.routed,
    }),
    heartbeat: createHeartbeat({ store, presence, closeSession: sessions.closeSession, actorFor: (memberId) => ({ ...systemActor(HEARTBEAT_ACTOR), operatorId: memberId }), now, exclusive }),
    ...createGroupOperations(operationDeps, sessions.getSession),
    ...createBoardOperations({ store, now }),
    bulkClose: createBulkCloser({ store, events, closeSession, now, actorNamed, maxItems: deps.bulkCloseMax ?? 10_000 }),
    quickReplies: createQuickReplyOperations({ store, events, now }),
    autoClose: createAutoCloser({ store, closeSession, now, defaults: autoClose, actor: systemActor(AUTO_CLOSE_ACTOR), exclusive }),
  };
}

export type ConsoleService = ReturnType<typeof createConsoleService>;
