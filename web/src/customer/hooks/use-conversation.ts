import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import type { ApiErrorBody } from "../../../../contract/errors.ts";
import { type VisitorEvent, type VisitorMessageDraft, type VisitorProfile, visitorMessageDraftSchema } from "../../../../contract/visitor.ts";
import { ApiError } from "../../lib/api-client.ts";
import { newMessageId } from "../../lib/message-id.ts";
import { reportServerReachable } from "../../lib/network-store.ts";
import { type ChatMessage, conversationReducer, emptyConversation } from "../lib/conversation-state.ts";
import { endConversation, getVisitorState, sendVisitorMessage } from "../lib/visitor-api.ts";
import { useVisitorEvents } from "./use-visitor-events.ts";

// The page's one conversation: loaded on open (so a reload returns to it), kept live by the
// visitor stream, and changed by sending, retrying and ending. A failed send keeps its message_id,
// so Retry re-sends the same message and the BFF never delivers it twice.

export type LoadState = { kind: "loading" } | { kind: "ready" } | { kind: "failed"; error: ApiErrorBody["error"] | undefined; network: boolean };

/** The latest refusal worth a banner (a 429 with its wait, a closed chat); cleared by the next success. */
export interface SendProblem {
  error: ApiErrorBody["error"];
  at: number;
}

const errorOf = (cause: unknown): ApiErrorBody["error"] =>
  cause instanceof ApiError ? cause.body : { code: "internal", message: String(cause) };

export function useConversation() {
  const [state, dispatch] = useReducer(conversationReducer, emptyConversation);
  const [load, setLoad] = useState<LoadState>({ kind: "loading" });
  const [profile, setProfile] = useState<VisitorProfile>({ signed_member: false });
  const [problem, setProblem] = useState<SendProblem | null>(null);
  const [ending, setEnding] = useState(false);
  const loads = useRef(0);

  const reload = useCallback(async () => {
    const attempt = ++loads.current;
    try {
      const answer = await getVisitorState();
      reportServerReachable(true);
      if (attempt !== loads.current) return; // a later load wins
      setProfile(answer.visitor);
      dispatch({ type: "loaded", conversation: answer.conversation });
      setLoad({ kind: "ready" });
    } catch (cause) {
      const network = cause instanceof ApiError && cause.isNetwork;
      if (network) reportServerReachable(false);
      if (attempt === loads.current) setLoad((now) => (now.kind === "ready" ? now : { kind: "failed", error: errorOf(cause), network }));
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const onEvent = useCallback((event: VisitorEvent) => dispatch({ type: "event", event }), []);
  const onReconnect = useCallback(() => void reload(), [reload]);
  const live = useVisitorEvents(onEvent, onReconnect);

  const deliver = useCallback(async (messageId: string, draft: VisitorMessageDraft) => {
    dispatch({ type: "sending", message_id: messageId, draft, at: Date.now() });
    try {
      const result = await sendVisitorMessage({ message_id: messageId, ...draft });
      reportServerReachable(true);
      dispatch({ type: "sent", result });
      setProblem(null);
    } catch (cause) {
      const error = errorOf(cause);
      if (cause instanceof ApiError && cause.isNetwork) reportServerReachable(false);
      dispatch({ type: "send-failed", message_id: messageId, error });
      setProblem({ error, at: Date.now() });
      // Someone ended the chat meanwhile (the agent, or a heartbeat close): show it ended.
      if (error.code === "session_closed") void reload();
    }
  }, [reload]);

  const send = useCallback((draft: VisitorMessageDraft) => deliver(newMessageId(), draft), [deliver]);

  const retry = useCallback(
    (message: ChatMessage) => {
      const draft = visitorMessageDraftSchema.safeParse({ type: message.type, payload: "payload" in message ? message.payload : undefined });
      if (draft.success) void deliver(message.message_id, draft.data);
    },
    [deliver],
  );

  const end = useCallback(async () => {
    const sid = state.header?.sid;
    if (!sid) return;
    setEnding(true);
    try {
      await endConversation(sid);
      setProblem(null);
    } catch (cause) {
      setProblem({ error: errorOf(cause), at: Date.now() });
    } finally {
      setEnding(false);
      await reload();
    }
  }, [state.header?.sid, reload]);

  const startNew = useCallback(() => {
    setProblem(null);
    dispatch({ type: "start-new" });
  }, []);

  return { state, load, profile, setProfile, problem, live, ending, reload, send, retry, end, startNew };
}
