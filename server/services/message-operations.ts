import type { MessageView, SendMessageBody, SessionView } from "../../contract/api.ts";
import type { ActorType } from "../../contract/top-dtos.ts";
import type { Actor } from "../auth/actor.ts";
import type { AuditEntry } from "../store/store.ts";
import { encodeContent } from "../messages/dingtalk-content.ts";
import { DomainError, toDomainError } from "./domain-error.ts";
import type { OperationDeps } from "./operation-deps.ts";

/** Who a message is from: an agent (sender_type 4, their service id) or the customer (1, member id). */
export interface Sender {
  type: ActorType;
  id: string;
  /** Recorded in the audit trail as the actor. */
  auditActor: string;
  /** The staff username, stored with the message so the chat can name who wrote it; none for a customer. */
  username?: string | undefined;
}

export const agentSender = (actor: Actor): Sender => ({ type: "4", id: actor.serviceId, auditActor: actor.username, username: actor.username });

export function createMessageOperations(
  { callTop, store, defaults, now, events }: OperationDeps,
  getSession: (sid: string, actor: Actor) => Promise<SessionView>,
  /** Flags a session the platform answered it does not know (see session-close.ts). */
  flagUnknown: (sid: string) => Promise<unknown>,
  /** This instance, and how long a send can be pending on a live one (interrupted-sends.ts): a retry after that re-sends. */
  sending: { instance: string; leaseMs: number },
) {
  return {
    async listMessages(sid: string, page: { limit: number; cursor?: string | undefined }, actor: Actor) {
      await getSession(sid, actor);
      return store.messages.listBySession(sid, page);
    },

    /**
     * Stored as pending before the TOP call and updated after it, so a crash in between leaves a
     * message that is retryable (never lost), and the client's message_id makes a retry idempotent
     * (never duplicated): a message already sent is answered from the store without calling TOP.
     */
    async sendMessage(sid: string, body: SendMessageBody, actor: Actor): Promise<MessageView> {
      const session = await getSession(sid, actor);
      if (session.agent === undefined && actor.role !== "supervisor") {
        throw new DomainError("conflict", "This session is in the Unassigned queue: take it before answering.");
      }
      // An agent's message is always the agent's (sender_type 4), with the agent's own service id
      // (小二serviceId) from the sign-in: the console API cannot speak as the customer.
      return deliver(session, body, agentSender(actor));
    },

    /** Sends as the given sender; the caller has checked the sender may write to this session. */
    deliver: (session: SessionView, body: SendMessageBody, sender: Sender) => deliver(session, body, sender),
  };

  async function publishSent(session: SessionView, sent: MessageView): Promise<void> {
    events.publish({ type: "message.updated", agent: session.agent, message: sent });
    // The inbox row (preview, unread, waiting) changed with it.
    const updated = sent.type === "MSG_READ" ? undefined : await store.sessions.get(session.sid);
    if (updated) events.publish({ type: "session.updated", session: updated });
    await events.flush();
  }

  async function deliver(session: SessionView, body: SendMessageBody, sender: Sender): Promise<MessageView> {
    const sid = session.sid;
    const senderType = sender.type;
    const senderId = sender.id;
    const { content_type, content } = encodeContent(body);
    const begun = await store.messages.beginSend({
      message_id: body.message_id,
      sid,
      content_type,
      content,
      payload_json: JSON.stringify(body.payload),
      sender_type: senderType,
      sender_id: senderId,
      sent_by: sender.username,
      at: now(),
    }, { instance: sending.instance, staleBefore: now() - sending.leaseMs });
    switch (begun.state) {
      case "already_sent":
        // Answered from the record, without a platform call. Its events go out again: the instance that
        // sent it may have died between its commit and its events (they are published after the commit),
        // and then this retry is the only moment anyone's live console hears that it was sent.
        await publishSent(session, begun.message);
        return begun.message;
      case "in_flight":
        throw new DomainError("conflict", `Message ${body.message_id} is being sent right now.`);
      case "conflict":
        throw new DomainError("conflict", `Message id ${body.message_id} is already used by another message.`, {
          fields: [{ path: "message_id", code: "conflict", message: "already used by another message" }],
        });
      case "started":
        events.publish({ type: "message.updated", agent: session.agent, message: begun.message });
        break;
    }
    // A new message to a closed session is refused here. A retry of a failed one still goes to TOP:
    // it may have been delivered before the close, and only the platform can confirm that.
    if (session.status === "closed" && !begun.retry) {
      const error = new DomainError("session_closed", `Session ${sid} is closed; it cannot take messages.`);
      events.publish({ type: "message.updated", agent: session.agent, message: await store.messages.markFailed(body.message_id, error.toBody(), now()) });
      throw error;
    }
    let audit: AuditEntry | undefined;
    const keepAudit = (entry: AuditEntry) => {
      audit = entry;
    };
    try {
      const { result, requestId } = await callTop(
        "sendMessage",
        {
          ly_ding_open_para_dto: defaults.dingOpenPara,
          ly_open_message_dto: {
            message_id: body.message_id,
            sid,
            content,
            content_type,
            session_source: session.session_source,
            bu_id: session.bu_id,
            sender_type: senderType,
            sender_id: senderId,
            message_create_at: begun.message.created_at,
            open_instance_id: defaults.open_instance_id,
            ding_corp_id: defaults.ding_corp_id,
            production_type: defaults.production_type,
          },
        },
        { actor: sender.auditActor, sid },
        keepAudit,
      );
      const sent = await store.messages.markSent(body.message_id, { topRequestId: requestId, topMessageId: result.data, at: now(), audit });
      await publishSent(session, sent);
      return sent;
    } catch (error) {
      const failure = toDomainError(error, "Sending failed.");
      const failed = await store.messages.markFailed(body.message_id, failure.toBody(), now(), audit);
      events.publish({ type: "message.updated", agent: session.agent, message: failed });
      if (failure.kind === "session_unknown_to_platform") await flagUnknown(sid);
      throw failure;
    }
  }
}
