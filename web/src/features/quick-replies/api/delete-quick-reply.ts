import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// DELETE /api/quick-replies/:id: 204, no body. Every list of replies is refetched afterwards.

export function deleteQuickReply(id: string): Promise<undefined> {
  return apiRequest(`/api/quick-replies/${encodeURIComponent(id)}`, z.undefined(), { method: "DELETE" });
}

export function useDeleteQuickReply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteQuickReply,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.quickReplies.all() }),
  });
}
