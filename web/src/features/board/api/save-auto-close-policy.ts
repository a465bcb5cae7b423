import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type AutoClosePolicy, autoClosePolicySchema } from "../../../../../contract/board.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// PUT /api/board/auto-close: answers the policy as saved, which becomes the cached one.

export function saveAutoClosePolicy(policy: AutoClosePolicy): Promise<AutoClosePolicy> {
  return apiRequest("/api/board/auto-close", autoClosePolicySchema, { method: "PUT", body: policy });
}

export function useSaveAutoClosePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveAutoClosePolicy,
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.board.autoClose(), saved),
  });
}
