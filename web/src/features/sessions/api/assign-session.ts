import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type AssignSessionBody, type SessionView, sessionViewSchema } from "../../../../../contract/api.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// POST /api/sessions/:sid/assign (supervisors): hands the session to another agent, audited.

export interface AssignSessionVariables extends AssignSessionBody {
  sid: string;
}

export function assignSession({ sid, ...body }: AssignSessionVariables): Promise<SessionView> {
  return apiRequest(`/api/sessions/${encodeURIComponent(sid)}/assign`, sessionViewSchema, { method: "POST", body });
}

export function useAssignSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: assignSession,
    onSuccess: async (session) => {
      queryClient.setQueryData(queryKeys.sessions.detail(session.sid), session);
      await queryClient.invalidateQueries({ queryKey: queryKeys.sessions.lists() });
    },
  });
}
