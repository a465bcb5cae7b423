import { queryOptions, useQuery } from "@tanstack/react-query";
import { type AutoClosePolicy, autoClosePolicySchema } from "../../../../../contract/board.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// GET /api/board/auto-close: the policy the server's auto-close timer follows (off by default).

export function getAutoClosePolicy(signal?: AbortSignal): Promise<AutoClosePolicy> {
  return apiRequest("/api/board/auto-close", autoClosePolicySchema, { signal });
}

export function autoClosePolicyQueryOptions() {
  return queryOptions({ queryKey: queryKeys.board.autoClose(), queryFn: ({ signal }) => getAutoClosePolicy(signal) });
}

export function useAutoClosePolicy() {
  return useQuery(autoClosePolicyQueryOptions());
}
