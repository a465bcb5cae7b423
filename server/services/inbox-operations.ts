import { assignmentAuditMethods, type ReadSessionResult, type SessionView } from "../../contract/api.ts";
import { type Actor, canActOnAnySession } from "../auth/actor.ts";
import type { Presence } from "../events/presence.ts";
import { DomainError } from "./domain-error.ts";
import { agentSender, type Sender } from "./message-operations.ts";
import type { OperationDeps } from "./operation-deps.ts";

// The inbox's assignment and reading. Assignment changes are the console's own acts: audited (who,
// which session, from → to) and published, the previous owner's consoles included.

type GetSession = (sid: string, actor: Actor) => Promise<SessionView>;
type Deliver = (session: SessionView, body: { message_id: string; type: "MSG_READ"; payload: { readTime: number } }, sender: Sender) => Promise<unknown>;

export function createInboxOperations({ store, now, events }: OperationDeps, getSession: GetSession, deliver: Deliver, presence: Presence) {
  async function audit(method: string, actor: string, sid: string, from: string | undefined, to: string | undefined) {
    await store.audit.record({ at: now(), method, actor, sid, outcome: "console", msg: `${from ?? "unassigned"} → ${to ?? "unassigned"}`, latency_ms: 0, attempts: 0 });
  }

  return {
    /**
     * Where a new customer session goes: the online agent (live console on any instance) with the
     * fewest open sessions, ties by name so the choice is reproducible; nobody online: the Unassigned queue.
     */
    routeTarget: async (): Promise<string | undefined> => {
      const online = (await presence.onlineAgents()).sort();
      if (online.length === 0) return undefined;
      const counts = await store.sessions.openCounts(online);
      return online.reduce((best, agent) => ((counts.get(agent) ?? 0) < (counts.get(best) ?? 0) ? agent : best));
    },

    /** Records and announces where a new customer session went. */
    routed: async (session: SessionView) => {
      await audit(assignmentAuditMethods.routed, "system:routing", session.sid, undefined, session.agent);
    },

    /** Takes a session from the Unassigned queue: exactly one of several agents taking at once wins. */
    take: async (sid: string, actor: Actor): Promise<SessionView> => {
      // Read directly, not through getSession: a loser of the race must hear "taken by", not "forbidden".
      const before = await store.sessions.get(sid);
      if (!before) throw new DomainError("not_found", `No session ${sid} in this console.`);
      if (before.status === "closed") throw new DomainError("session_closed", `Session ${sid} is closed.`);
      if (before.agent === actor.username) return before;
      const taken = await store.sessions.assign(sid, actor.username, { agent: undefined });
      if (!taken) {
        const now = await store.sessions.get(sid);
        const who = now?.agent_name ?? now?.agent;
        throw new DomainError("conflict", who ? `Someone else took this session first: ${who}.` : `Session ${sid} can no longer be taken.`);
      }
      await audit(assignmentAuditMethods.taken, actor.username, sid, undefined, actor.username);
      events.publish({ type: "session.assigned", session: taken });
      return taken;
    },

    /** A supervisor gives a session to an agent (from anyone, or from the queue). */
    assign: async (sid: string, agent: string, actor: Actor): Promise<SessionView> => {
      if (!canActOnAnySession(actor)) throw new DomainError("forbidden", "Only a supervisor may reassign sessions.");
      const target = await store.users.get(agent);
      if (!target || target.disabled) {
        throw new DomainError("invalid_input", `No active account ${agent}.`, { fields: [{ path: "agent", code: "not_found", message: "no active account with this username" }] });
      }
      const before = await getSession(sid, actor);
      if (before.status === "closed") throw new DomainError("session_closed", `Session ${sid} is closed.`);
      const assigned = await store.sessions.assign(sid, target.username, "any");
      if (!assigned) throw new DomainError("session_closed", `Session ${sid} is closed.`);
      await audit(assignmentAuditMethods.assigned, actor.username, sid, before.agent, target.username);
      events.publish({ type: "session.assigned", session: assigned, from: before.agent });
      return assigned;
    },

    /**
     * The agent read the session: one MSG_READ to TOP for the customer's unread messages (none: nothing
     * is sent), then unread is 0 on every console of theirs and the customer sees "read".
     */
    read: async (sid: string, actor: Actor): Promise<ReadSessionResult> => {
      const session = await getSession(sid, actor);
      if (session.unread_count === 0 || session.status === "closed") return { session };
      const at = now();
      const marked = await store.sessions.markRead(sid, at);
      if (!marked || marked.readUpTo === undefined) return { session: marked?.session ?? session };
      events.publish({ type: "session.updated", session: marked.session });
      const receipt = { message_id: `read-${sid.slice(0, 40)}-${at.toString(36)}`, type: "MSG_READ" as const, payload: { readTime: at } };
      // The unread count is cleared first so two consoles reading at once send one receipt; a failed
      // receipt is stored as failed (retryable from the chat) and the count stays cleared.
      await deliver(marked.session, receipt, agentSender(actor)).catch(() => undefined);
      return { session: marked.session, receipt: await store.messages.get(receipt.message_id) };
    },
  };
}
