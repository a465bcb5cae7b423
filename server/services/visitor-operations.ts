import { createHash, randomBytes } from "node:crypto";
import type { MessageView, SessionView } from "../../contract/api.ts";
import { lyCreateSessionDtoSchema } from "../../contract/top-dtos.ts";
import type { VisitorSendBody, VisitorSendResult, VisitorState } from "../../contract/visitor.ts";
import type { Actor } from "../auth/actor.ts";
import type { VisitorRecord } from "../store/store.ts";
import { toVisitorHeader, toVisitorMessage, toVisitorMessages } from "../visitor/visitor-view.ts";
import { DomainError } from "./domain-error.ts";
import { invalidInput } from "./invalid-input.ts";
import type { Sender } from "./message-operations.ts";
import type { OperationDeps } from "./operation-deps.ts";
import type { CloseOutcome } from "./session-close.ts";

// The customer's side of a conversation. A visitor acts only on sessions of their own member id on
// channel 0; any other sid answers not_found exactly like one that does not exist, so a guessed or
// another visitor's sid tells nothing.

interface VisitorDeps {
  deliver: (session: SessionView, body: VisitorSendBody, sender: Sender) => Promise<MessageView>;
  closeSession: (sid: string, body: { reason: "memberCloseTheSession"; operator_type: "1" }, actor: Actor) => Promise<CloseOutcome>;
  routeTarget: () => Promise<string | undefined>;
  routed: (session: SessionView) => Promise<void>;
}

const PAGE = 50;

export function createVisitorOperations({ callTop, store, defaults, now, events }: OperationDeps, deps: VisitorDeps) {
  async function ownSession(visitor: VisitorRecord, sid: string): Promise<SessionView> {
    const session = await store.sessions.get(sid);
    if (!session || session.channel !== "0" || session.channel_uid !== visitor.memberId) {
      throw new DomainError("not_found", "No such conversation.");
    }
    return session;
  }
  const customerSender = (visitor: VisitorRecord): Sender => ({ type: "1", id: visitor.memberId, auditActor: `visitor:${visitor.memberId}` });

  /**
   * The sid of the conversation a first message opens, derived from the member and that message's id:
   * when session.create's answer is lost (a timeout, a crash), the page's Retry (the same message_id)
   * asks the platform for the SAME session again, which it treats as already open, instead of leaving
   * an empty one behind. A sid already in the store (such a start whose conversation has closed since)
   * gets a fresh random one.
   */
  async function conversationSid(visitor: VisitorRecord, firstMessageId: string): Promise<string> {
    const derived = `c${createHash("sha256").update(`${visitor.memberId}\n${firstMessageId}`).digest("hex").slice(0, 24)}`;
    return (await store.sessions.get(derived)) ? `c${randomBytes(12).toString("hex")}` : derived;
  }

  async function openConversation(visitor: VisitorRecord, first: { messageId: string; words: string }, beforeStart?: () => Promise<void>): Promise<SessionView> {
    // Starts are limited apart from sends (the caller's limiter), and only when one really starts.
    await beforeStart?.();
    const sid = await conversationSid(visitor, first.messageId);
    const firstWords = first.words;
    const at = now();
    const dto = lyCreateSessionDtoSchema.safeParse({
      source: {
        sid,
        channel: "0",
        channel_uid: visitor.memberId,
        cms_id: visitor.memberId,
        channel_nick: visitor.nickname,
        session_source: defaults.session_source,
        summary: Array.from(firstWords.replace(/\s+/g, " ").trim()).slice(0, 40).join("") || undefined,
        session_start_time: at,
      },
      target: {
        session_source: defaults.session_source,
        service_id: defaults.service_id,
        bu_id: defaults.bu_id,
        open_instance_id: defaults.open_instance_id,
        ding_corp_id: defaults.ding_corp_id,
        production_type: defaults.production_type,
        corp_id: defaults.corp_id,
      },
    });
    if (!dto.success) throw invalidInput(dto.error);
    const { result } = await callTop("createSession", { ly_ding_open_para_dto: defaults.dingOpenPara, ly_create_session_dto: dto.data }, { actor: `visitor:${visitor.memberId}`, sid });
    const agent = await deps.routeTarget();
    const session = await store.sessions.insert({ dto: dto.data, agent, origin: "customer", topSessionId: result.data, at: now() });
    await deps.routed(session);
    events.publish({ type: "session.opened", session });
    return session;
  }

  return {
    ownSession,

    async state(visitor: VisitorRecord): Promise<VisitorState> {
      const [latest] = await store.sessions.byMember(visitor.memberId, 1);
      const profile = { nickname: visitor.nickname, signed_member: visitor.signed };
      if (!latest) return { visitor: profile, conversation: null };
      const page = await store.messages.listBySession(latest.sid, { limit: PAGE });
      return {
        visitor: profile,
        conversation: { ...toVisitorHeader(latest, await store.sessions.agentReadAt(latest.sid)), messages: toVisitorMessages(page.items, latest), nextCursor: page.nextCursor },
      };
    },

    async history(visitor: VisitorRecord, sid: string, page: { limit: number; cursor?: string | undefined }) {
      const session = await ownSession(visitor, sid);
      const messages = await store.messages.listBySession(sid, page);
      return { items: toVisitorMessages(messages.items, session), nextCursor: messages.nextCursor };
    },

    /**
     * A retry (same message_id) goes to the conversation it was first sent to; a new message goes to the
     * open conversation, or opens one (session.create, routed) when there is none.
     */
    async send(visitor: VisitorRecord, body: VisitorSendBody, beforeStart?: () => Promise<void>): Promise<VisitorSendResult> {
      const earlier = await store.messages.get(body.message_id);
      let session: SessionView;
      if (earlier) {
        session = await ownSession(visitor, earlier.sid).catch(() => {
          throw new DomainError("conflict", `Message id ${body.message_id} is already used by another message.`, {
            fields: [{ path: "message_id", code: "conflict", message: "already used by another message" }],
          });
        });
      } else {
        const [latest] = await store.sessions.byMember(visitor.memberId, 1);
        const words = body.type === "TEXT" ? body.payload.text : body.type === "LINK" ? body.payload.title : "[image]";
        session = latest?.status === "open" ? latest : await openConversation(visitor, { messageId: body.message_id, words }, beforeStart);
      }
      const message = await deps.deliver(session, body, customerSender(visitor));
      const after = (await store.sessions.get(session.sid)) ?? session;
      const view = toVisitorMessage(message, after);
      if (!view) throw new Error("a customer's message is always visible to the customer");
      return { conversation: toVisitorHeader(after, await store.sessions.agentReadAt(after.sid)), message: view };
    },

    /** "End chat": memberCloseTheSession with operator_type 1, the member as operator. */
    async end(visitor: VisitorRecord, sid: string) {
      const session = await ownSession(visitor, sid);
      if (session.status === "open") {
        const actor: Actor = { username: `visitor:${visitor.memberId}`, role: "supervisor", operatorId: visitor.memberId, serviceId: visitor.memberId };
        const outcome = await deps.closeSession(sid, { reason: "memberCloseTheSession", operator_type: "1" }, actor);
        if (outcome.outcome === "unknown_to_platform") throw outcome.error;
      }
      const closed = (await store.sessions.get(sid)) ?? session;
      return toVisitorHeader(closed, await store.sessions.agentReadAt(sid));
    },
  };
}
