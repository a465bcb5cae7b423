import { randomUUID } from "node:crypto";
import {
  type QuickReplyInput,
  type QuickReplyView,
  quickReplyAuditMethods,
  quickReplyLimits,
} from "../../contract/quick-replies.ts";
import type { Actor } from "../auth/actor.ts";
import type { EventBus } from "../events/event-bus.ts";
import type { AuditEntry, Store } from "../store/store.ts";
import { DomainError } from "./domain-error.ts";

// Saved replies: every signed-in agent reads them (the composer's `/` picker), supervisors change them.
// Each change is audited as the console's own act (nothing goes to TOP) in the same transaction as the
// change, and announced so every open console refetches its list.

type Method = (typeof quickReplyAuditMethods)[keyof typeof quickReplyAuditMethods];

/** The audit entry of a change to a reply, made from the reply as written (QuickReplyChange). */
export const quickReplyAudit = (method: Method, actor: string, at: number) => (reply: QuickReplyView): AuditEntry => ({
  at,
  method,
  actor,
  outcome: "console",
  // The title says which reply a person changed; the id tells two of the same title apart.
  msg: reply.title,
  detail: reply.id,
  latency_ms: 0,
  attempts: 0,
});

export function createQuickReplyOperations({ store, events, now }: { store: Store; events: EventBus; now: () => number }) {
  // The routes refuse agents already; this keeps the rule with the operation for any other caller.
  function mustManage(actor: Actor) {
    if (actor.role !== "supervisor") throw new DomainError("forbidden", "Only supervisors manage quick replies.");
  }

  const notFound = (id: string) => new DomainError("not_found", `No quick reply ${id}.`);
  // Titles are unique ignoring case (the composer's picker lists replies by title); the form shows this
  // under Title. A reply renamed to another case of its own title is no duplicate: the store compares
  // with the other replies only.
  const duplicateTitle = (title: string) =>
    new DomainError("conflict", `Another quick reply is titled "${title}".`, {
      fields: [{ path: "title", code: "duplicate", message: `another quick reply is titled "${title}"` }],
    });

  return {
    async list(q: string | undefined): Promise<QuickReplyView[]> {
      return store.quickReplies.list({ q: q === "" ? undefined : q, limit: quickReplyLimits.list });
    },

    async create(body: QuickReplyInput, actor: Actor): Promise<QuickReplyView> {
      mustManage(actor);
      const at = now();
      const reply = await store.quickReplies.create(randomUUID(), body, { at, by: actor.username, audit: quickReplyAudit(quickReplyAuditMethods.create, actor.username, at) });
      if (reply === "duplicate_title") throw duplicateTitle(body.title);
      events.publish({ type: "quick_replies.changed", id: reply.id, change: "created" });
      return reply;
    },

    async update(id: string, body: QuickReplyInput, actor: Actor): Promise<QuickReplyView> {
      mustManage(actor);
      const at = now();
      const reply = await store.quickReplies.update(id, body, { at, by: actor.username, audit: quickReplyAudit(quickReplyAuditMethods.update, actor.username, at) });
      if (!reply) throw notFound(id);
      if (reply === "duplicate_title") throw duplicateTitle(body.title);
      events.publish({ type: "quick_replies.changed", id, change: "updated" });
      return reply;
    },

    async remove(id: string, actor: Actor): Promise<void> {
      mustManage(actor);
      const at = now();
      const reply = await store.quickReplies.delete(id, { at, audit: quickReplyAudit(quickReplyAuditMethods.delete, actor.username, at) });
      if (!reply) throw notFound(id);
      events.publish({ type: "quick_replies.changed", id, change: "deleted" });
    },
  };
}

export type QuickReplyOperations = ReturnType<typeof createQuickReplyOperations>;
