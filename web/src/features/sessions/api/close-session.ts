import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type CloseSessionBody, type SessionView, sessionViewSchema } from "../../../../../contract/api.ts";
import { ApiError, apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// POST /api/sessions/:sid/close (lippi.session.close). A 409 session_closed means someone closed it
// first: the session is refetched so the console shows it closed, with the reason they gave. A 410
// session_unknown_to_platform flagged the session: refetched too, so the header offers "Mark closed".

export interface CloseSessionVariables extends CloseSessionBody {
  sid: string;
}

export function closeSession({ sid, ...body }: CloseSessionVariables): Promise<SessionView> {
  return apiRequest(`/api/sessions/${encodeURIComponent(sid)}/close`, sessionViewSchema, { method: "POST", body });
}

export function useCloseSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeSession,
    onSuccess: async (session) => {
      queryClient.setQueryData(queryKeys.sessions.detail(session.sid), session);
      await queryClient.invalidateQueries({ queryKey: queryKeys.sessions.lists() });
    },
    onError: async (error) => {
      if (error instanceof ApiError && (error.body.code === "session_closed" || error.body.code === "session_unknown_to_platform")) {
        await queryClient.invalidateQueries({ queryKey: queryKeys.sessions.all() });
      }
    },
  });
}
