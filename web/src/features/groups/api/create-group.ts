import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type CreateGroupBody, type GroupView, groupViewSchema, type SessionView } from "../../../../../contract/api.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// POST /api/groups (group.group.communication). The BFF keeps the result on the session, so the
// session in the cache gets it at once and the lists are refreshed to match.

export function createGroup(body: CreateGroupBody): Promise<GroupView> {
  return apiRequest("/api/groups", groupViewSchema, { method: "POST", body });
}

export function useCreateGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createGroup,
    onSuccess: async (group, { sid }) => {
      if (sid === undefined) return;
      queryClient.setQueryData<SessionView>(queryKeys.sessions.detail(sid), (session) =>
        session ? { ...session, group } : session,
      );
      await queryClient.invalidateQueries({ queryKey: queryKeys.sessions.all() });
    },
  });
}
