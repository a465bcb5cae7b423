import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ReadSessionResult, readSessionResultSchema } from "../../../../../contract/api.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// POST /api/sessions/:sid/read: the BFF sends one MSG_READ for the customer's unread messages and sets
// the unread count to 0; its session.updated event clears the count in the agent's other consoles.

export function readSession(sid: string): Promise<ReadSessionResult> {
  return apiRequest(`/api/sessions/${encodeURIComponent(sid)}/read`, readSessionResultSchema, { method: "POST", body: {} });
}

export function useReadSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: readSession,
    onSuccess: async ({ session, receipt }) => {
      queryClient.setQueryData(queryKeys.sessions.detail(session.sid), session);
      await queryClient.invalidateQueries({ queryKey: queryKeys.sessions.lists() });
      if (receipt) await queryClient.invalidateQueries({ queryKey: queryKeys.messages.list(session.sid) });
    },
  });
}
