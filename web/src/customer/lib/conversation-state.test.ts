import { describe, expect, it } from "vitest";
import type { VisitorConversationHeader, VisitorMessage } from "../../../../contract/visitor.ts";
import { type ConversationState, conversationReducer, deliveryState, emptyConversation } from "./conversation-state.ts";

const header: VisitorConversationHeader = { sid: "s1", status: "open", opened_at: 1000 };
const text = (id: string, at: number, extra: Partial<VisitorMessage> = {}): VisitorMessage =>
  ({ message_id: id, side: "customer", status: "sent", created_at: at, type: "TEXT", payload: { text: id }, ...extra }) as VisitorMessage;
const draft = { type: "TEXT", payload: { text: "hello" } } as const;

describe("conversationReducer", () => {
  it("shows a message as sending, then as the server's answer, on one bubble", () => {
    let state = conversationReducer(emptyConversation, { type: "sending", message_id: "m1", draft, at: 5 });
    expect(state.messages).toHaveLength(1);
    expect(deliveryState(state.messages[0]!, state.header)).toBe("sending");
    state = conversationReducer(state, { type: "sent", result: { conversation: header, message: text("m1", 6) } });
    expect(state.messages).toHaveLength(1);
    expect(state.header?.sid).toBe("s1");
    expect(deliveryState(state.messages[0]!, state.header)).toBe("sent");
  });

  it("marks a failed send not sent, and a retry with the same id reuses the bubble", () => {
    let state = conversationReducer(emptyConversation, { type: "sending", message_id: "m1", draft, at: 5 });
    state = conversationReducer(state, { type: "send-failed", message_id: "m1", error: { code: "top_timeout", message: "x" } });
    expect(deliveryState(state.messages[0]!, state.header)).toBe("failed");
    state = conversationReducer(state, { type: "sending", message_id: "m1", draft, at: 9 });
    expect(state.messages).toHaveLength(1);
    expect(state.messages[0]!.created_at).toBe(5);
    expect(deliveryState(state.messages[0]!, state.header)).toBe("sending");
  });

  it("does not duplicate a message that arrives by the live stream and by the POST's answer", () => {
    let state: ConversationState = { header, messages: [] };
    state = conversationReducer(state, { type: "sending", message_id: "m1", draft, at: 5 });
    state = conversationReducer(state, { type: "event", event: { type: "message", sid: "s1", message: text("m1", 6) } });
    state = conversationReducer(state, { type: "sent", result: { conversation: header, message: text("m1", 6) } });
    expect(state.messages.map((m) => m.message_id)).toEqual(["m1"]);
  });

  it("adds agent messages of this conversation in time order and ignores another conversation's", () => {
    let state: ConversationState = { header, messages: [text("c1", 10)] };
    state = conversationReducer(state, { type: "event", event: { type: "message", sid: "s1", message: text("a1", 5, { side: "agent", agent_name: "小李" }) } });
    state = conversationReducer(state, { type: "event", event: { type: "message", sid: "old", message: text("a2", 7, { side: "agent" }) } });
    expect(state.messages.map((m) => m.message_id)).toEqual(["a1", "c1"]);
  });

  it("shows read on the customer's messages up to the agent's read time, and never moves it back", () => {
    let state: ConversationState = { header, messages: [text("c1", 10), text("c2", 20)] };
    state = conversationReducer(state, { type: "event", event: { type: "read", sid: "s1", read_at: 15 } });
    expect(state.messages.map((m) => deliveryState(m, state.header))).toEqual(["read", "sent"]);
    state = conversationReducer(state, { type: "event", event: { type: "conversation", conversation: { ...header, agent_read_at: 12 } } });
    expect(state.header?.agent_read_at).toBe(15);
    state = conversationReducer(state, { type: "event", event: { type: "read", sid: "other", read_at: 99 } });
    expect(state.header?.agent_read_at).toBe(15);
  });

  it("keeps a bubble still being sent when the conversation is loaded again", () => {
    let state = conversationReducer(emptyConversation, { type: "sending", message_id: "m9", draft, at: 50 });
    state = conversationReducer(state, { type: "loaded", conversation: { ...header, messages: [text("c1", 10)] } });
    expect(state.messages.map((m) => m.message_id)).toEqual(["c1", "m9"]);
  });

  it("clears the screen for a new chat and takes a conversation opened in another tab", () => {
    const closed: ConversationState = { header: { ...header, status: "closed" }, messages: [text("c1", 10)] };
    expect(conversationReducer(closed, { type: "start-new" })).toEqual(emptyConversation);
    const next = conversationReducer(closed, { type: "event", event: { type: "conversation", conversation: { sid: "s2", status: "open", opened_at: 30 } } });
    expect(next).toEqual({ header: { sid: "s2", status: "open", opened_at: 30 }, messages: [] });
    const open: ConversationState = { header, messages: [] };
    expect(conversationReducer(open, { type: "event", event: { type: "conversation", conversation: { sid: "s2", status: "open", opened_at: 30 } } })).toBe(open);
  });
});
