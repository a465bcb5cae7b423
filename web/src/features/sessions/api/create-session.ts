import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type CreateSessionBody, type SessionView, sessionViewSchema } from "../../../../../contract/api.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// POST /api/sessions (lippi.session.create). The body carries the sid, so the BFF can repeat the TOP
// call after a timeout without opening a second session.

export function createSession(body: CreateSessionBody): Promise<SessionView> {
  return apiRequest("/api/sessions", sessionViewSchema, { method: "POST", body });
}

export function useCreateSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSession,
    onSuccess: async (session) => {
      queryClient.setQueryData(queryKeys.sessions.detail(session.sid), session);
      await queryClient.invalidateQueries({ queryKey: queryKeys.sessions.lists() });
    },
  });
}
