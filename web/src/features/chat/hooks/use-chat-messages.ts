import { type Mutation, useMutationState } from "@tanstack/react-query";
import { useMemo } from "react";
import type { MessageView, SendMessageBody } from "../../../../../contract/api.ts";
import { ApiError } from "../../../lib/api-client.ts";
import { useMessages } from "../api/get-messages.ts";
import { sendMessageMutationKey } from "../api/send-message.ts";
import { type LocalSend, mergeMessages, type SendError, type Writer } from "../lib/merge-messages.ts";

// The session's messages as the chat shows them: every loaded page, oldest first, with this tab's sends
// rendered from their pending variables (optimistic UI: only the stored message, once a send settles,
// goes into the query cache; see send-message.ts).

function toSendError(error: unknown): SendError {
  if (error instanceof ApiError) return { ...error.body, network: error.isNetwork };
  return { code: "internal", message: error instanceof Error ? error.message : String(error) };
}

function toLocalSend(mutation: Mutation<unknown, Error, unknown, unknown>): LocalSend {
  const { state } = mutation;
  return {
    // Only useSendMessage uses this mutation key, so these are its variables and its parsed answer.
    variables: state.variables as SendMessageBody,
    data: (state.data ?? undefined) as MessageView | undefined,
    status: state.status,
    error: state.error ? toSendError(state.error) : undefined,
    submittedAt: state.submittedAt,
  };
}

/** `writer`: the signed-in user, shown as the writer of this tab's sends until the server's record arrives. */
export function useChatMessages(sid: string, writer?: Writer) {
  const query = useMessages(sid);
  const local = useMutationState({ filters: { mutationKey: sendMessageMutationKey(sid) }, select: toLocalSend });
  const { data } = query;
  const server = useMemo(() => (data ? data.pages.toReversed().flatMap((page) => page.items) : []), [data]);
  const messages = useMemo(() => mergeMessages(server, local, writer), [server, local, writer]);
  return { query, messages };
}
