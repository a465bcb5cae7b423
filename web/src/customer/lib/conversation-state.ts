import type { ApiErrorBody } from "../../../../contract/errors.ts";
import type {
  VisitorConversation,
  VisitorConversationHeader,
  VisitorEvent,
  VisitorMessage,
  VisitorMessageDraft,
  VisitorSendResult,
} from "../../../../contract/visitor.ts";

// What the page shows of one conversation, as a pure reducer: the server's messages merged with the
// ones this page is sending, keyed by message_id so a retry, the POST's answer and the live event
// for the same message all land on one bubble (never two).

export type ChatMessage = VisitorMessage & {
  /** Set while this page waits for the POST's answer; cleared by any answer from the server. */
  sending?: boolean;
};

export interface ConversationState {
  /** null: no conversation yet (or the customer chose "Start a new chat"). */
  header: VisitorConversationHeader | null;
  messages: ChatMessage[];
}

export type ConversationAction =
  | { type: "loaded"; conversation: VisitorConversation | null }
  | { type: "sending"; message_id: string; draft: VisitorMessageDraft; at: number }
  | { type: "sent"; result: VisitorSendResult }
  | { type: "send-failed"; message_id: string; error: ApiErrorBody["error"] }
  | { type: "event"; event: VisitorEvent }
  | { type: "start-new" };

export const emptyConversation: ConversationState = { header: null, messages: [] };

function upsert(messages: ChatMessage[], message: ChatMessage): ChatMessage[] {
  const index = messages.findIndex((m) => m.message_id === message.message_id);
  if (index === -1) return [...messages, message].sort((a, b) => a.created_at - b.created_at);
  const next = [...messages];
  next[index] = message;
  // The server's created_at replaces this page's clock, and "read" is decided against it.
  return next.sort((a, b) => a.created_at - b.created_at);
}

function readAt(header: VisitorConversationHeader, at: number | undefined): VisitorConversationHeader {
  if (at === undefined || (header.agent_read_at ?? 0) >= at) return header;
  return { ...header, agent_read_at: at };
}

function applyEvent(state: ConversationState, event: VisitorEvent): ConversationState {
  const { header } = state;
  switch (event.type) {
    case "message":
      // Another conversation's message (an older, closed one) has no place on screen.
      if (header !== null && event.sid !== header.sid) return state;
      if (header === null && !state.messages.some((m) => m.message_id === event.message.message_id)) return state;
      return { ...state, messages: upsert(state.messages, event.message) };
    case "read":
      return header?.sid === event.sid ? { ...state, header: readAt(header, event.read_at) } : state;
    case "conversation": {
      const next = event.conversation;
      if (header === null || header.sid === next.sid) return { ...state, header: readAt(next, header?.agent_read_at) };
      // A newer conversation opened from another tab of the same visitor replaces a closed one here.
      return header.status === "closed" && next.status === "open" ? { header: next, messages: [] } : state;
    }
  }
}

export function conversationReducer(state: ConversationState, action: ConversationAction): ConversationState {
  switch (action.type) {
    case "loaded": {
      if (action.conversation === null) return emptyConversation;
      const { messages, nextCursor: _cursor, ...header } = action.conversation;
      // Keep bubbles this page is still sending: the server may not know them yet.
      const sending = state.messages.filter((m) => m.sending && !messages.some((s) => s.message_id === m.message_id));
      return { header, messages: sending.reduce(upsert, [...messages]) };
    }
    case "sending": {
      const existing = state.messages.find((m) => m.message_id === action.message_id);
      const base = existing ?? { message_id: action.message_id, side: "customer" as const, created_at: action.at, ...action.draft };
      return { ...state, messages: upsert(state.messages, { ...base, status: "pending", error: undefined, sending: true }) };
    }
    case "sent":
      return {
        header: state.header?.sid === action.result.conversation.sid ? readAt(action.result.conversation, state.header.agent_read_at) : action.result.conversation,
        messages: upsert(state.messages, action.result.message),
      };
    case "send-failed": {
      const existing = state.messages.find((m) => m.message_id === action.message_id);
      if (!existing) return state;
      return { ...state, messages: upsert(state.messages, { ...existing, status: "failed", error: action.error, sending: false }) };
    }
    case "event":
      return applyEvent(state, action.event);
    case "start-new":
      return emptyConversation;
  }
}

/** What the bubble says under a customer's message. */
export type DeliveryState = "sending" | "sent" | "read" | "failed";

export function deliveryState(message: ChatMessage, header: VisitorConversationHeader | null): DeliveryState {
  if (message.sending || message.status === "pending") return "sending";
  if (message.status === "failed") return "failed";
  const readUpTo = header?.agent_read_at;
  return readUpTo !== undefined && message.created_at <= readUpTo ? "read" : "sent";
}
