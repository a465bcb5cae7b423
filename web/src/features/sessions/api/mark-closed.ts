import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type MarkClosedBody, type SessionView, sessionViewSchema } from "../../../../../contract/api.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// POST /api/sessions/:sid/mark-closed: for a session the platform no longer knows, closed in the
// console only (nothing is sent to TOP), with the reason and an optional note kept and audited.

export interface MarkClosedVariables extends MarkClosedBody {
  sid: string;
}

export function markClosed({ sid, ...body }: MarkClosedVariables): Promise<SessionView> {
  return apiRequest(`/api/sessions/${encodeURIComponent(sid)}/mark-closed`, sessionViewSchema, { method: "POST", body });
}

export function useMarkClosed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markClosed,
    onSuccess: async (session) => {
      queryClient.setQueryData(queryKeys.sessions.detail(session.sid), session);
      await queryClient.invalidateQueries({ queryKey: queryKeys.sessions.lists() });
    },
  });
}
