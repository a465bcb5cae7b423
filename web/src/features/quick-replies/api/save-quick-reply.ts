import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type QuickReplyBody, quickReplyViewSchema, type QuickReplyView } from "../../../../../contract/quick-replies.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// POST /api/quick-replies (a new reply) or PUT /api/quick-replies/:id (replaces it). Every list of
// replies is refetched afterwards, the composer's picker included.

export function saveQuickReply({ id, body }: { id?: string | undefined; body: QuickReplyBody }): Promise<QuickReplyView> {
  return id === undefined
    ? apiRequest("/api/quick-replies", quickReplyViewSchema, { method: "POST", body })
    : apiRequest(`/api/quick-replies/${encodeURIComponent(id)}`, quickReplyViewSchema, { method: "PUT", body });
}

export function useSaveQuickReply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveQuickReply,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.quickReplies.all() }),
  });
}
