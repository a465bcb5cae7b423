import type { MessageView, SessionView } from "../../contract/api.ts";
import type { VisitorConversationHeader, VisitorMessage } from "../../contract/visitor.ts";

// What the customer page may see of a session and its messages: no usernames, service ids, sender
// ids, TOP request ids or other visitors; the agent by display name only.

const customerCloses = new Set(["memberCloseTheSession", "heartBeatBreak"]);

export function toVisitorHeader(session: SessionView, agentReadAt: number | undefined): VisitorConversationHeader {
  return {
    sid: session.sid,
    status: session.status,
    opened_at: session.opened_at,
    closed_at: session.closed_at,
    close_reason: session.close_reason,
    closed_by_side: session.close_reason === undefined ? undefined : customerCloses.has(session.close_reason) ? "customer" : "agent",
    // An agent without a display name still must not show a username: "agent" is the page's word.
    agent_name: session.agent === undefined ? undefined : (session.agent_name ?? "客服"),
    agent_read_at: agentReadAt,
  };
}

/** Undefined for what the customer does not see: agents' unsent messages and read receipts. */
export function toVisitorMessage(message: MessageView, session: SessionView): VisitorMessage | undefined {
  const side = message.sender_type === "1" ? "customer" : "agent";
  if (side === "agent" && (message.status !== "sent" || message.type === "MSG_READ")) return undefined;
  const base = {
    message_id: message.message_id,
    side,
    agent_name: side === "agent" ? writerName(message, session) : undefined,
    status: message.status,
    created_at: message.created_at,
    error: side === "customer" && message.error ? { code: message.error.code, message: message.error.message, requestId: message.error.requestId } : undefined,
  } as const;
  if (message.type === "unreadable") return { ...base, type: "unreadable", content_type: message.content_type, raw: message.raw };
  return { ...base, type: message.type, payload: message.payload } as VisitorMessage;
}

/**
 * Who wrote an agent's message, by display name: the staff member who sent it (a supervisor stepping
 * in, or the agent before a reassignment), else the session's agent. An account that no longer exists
 * has only its username left, which the customer must not see.
 */
function writerName(message: MessageView, session: SessionView): string {
  const writer = message.sent_by;
  if (writer && writer.display_name !== writer.username) return writer.display_name;
  return session.agent_name ?? "客服";
}

export function toVisitorMessages(messages: MessageView[], session: SessionView): VisitorMessage[] {
  return messages.map((m) => toVisitorMessage(m, session)).filter((m): m is VisitorMessage => m !== undefined);
}
