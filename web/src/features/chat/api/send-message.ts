import { mutationOptions, type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import { type MessageView, messageViewSchema, type SendMessageBody } from "../../../../../contract/api.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";
import { cacheMessage } from "../lib/cache-message.ts";

// POST /api/sessions/:sid/messages. On a TOP failure the BFF answers an error AND keeps the message as
// "failed"; re-POSTing the same message_id retries it and never delivers twice. The chat list renders
// these mutations' variables while they run (see use-chat-messages.ts), hence the shared mutation key.

export function sendMessage(sid: string, body: SendMessageBody): Promise<MessageView> {
  return apiRequest(`/api/sessions/${encodeURIComponent(sid)}/messages`, messageViewSchema, { method: "POST", body });
}

export const sendMessageMutationKey = (sid: string) => [...queryKeys.messages.list(sid), "send"] as const;

export function sendMessageOptions(queryClient: QueryClient, sid: string) {
  return mutationOptions({
    mutationKey: sendMessageMutationKey(sid),
    mutationFn: (body: SendMessageBody) => sendMessage(sid, body),
    // Fail at once when offline instead of pausing: the agent sees "not sent" with Retry and keeps the draft.
    networkMode: "always",
    // One at a time per session, so the customer receives messages in the order they were sent.
    scope: { id: `send-message:${sid}` },
    onSettled: (stored) => {
      // The stored message goes into the loaded pages in place (a refetch would ask for every loaded
      // page). A failure is refetched, because the BFF stored it as "failed" with the platform's details.
      if (stored) cacheMessage(queryClient, stored);
      else void queryClient.invalidateQueries({ queryKey: queryKeys.messages.list(sid), exact: true });
      void queryClient.invalidateQueries({ queryKey: queryKeys.sessions.all() });
    },
  });
}

export function useSendMessage(sid: string) {
  return useMutation(sendMessageOptions(useQueryClient(), sid));
}
