import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type SessionView, sessionViewSchema } from "../../../../../contract/api.ts";
import { ApiError, apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// POST /api/sessions/:sid/take: an Unassigned session becomes the agent's. Two agents taking at once:
// one gets it, the other a 409; either way the lists are refetched, so the queue shows who has it.

export function takeSession(sid: string): Promise<SessionView> {
  return apiRequest(`/api/sessions/${encodeURIComponent(sid)}/take`, sessionViewSchema, { method: "POST", body: {} });
}

/** The 409 of a session someone else took first: said in words, not as an error code. */
export function isTakenByOther(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}

export function useTakeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: takeSession,
    onSuccess: async (session) => {
      queryClient.setQueryData(queryKeys.sessions.detail(session.sid), session);
      await queryClient.invalidateQueries({ queryKey: queryKeys.sessions.lists() });
    },
    onError: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.sessions.all() });
    },
  });
}
