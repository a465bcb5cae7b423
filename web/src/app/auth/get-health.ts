import { queryOptions, useQuery } from "@tanstack/react-query";
import { healthSchema } from "../../../../contract/api.ts";
import { apiRequest } from "../../lib/api-client.ts";
import { queryKeys } from "../../lib/query-keys.ts";

// GET /api/health: public, so the sign-in screen can tell a sandbox demo from the live platform.

export function healthQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.health(),
    queryFn: ({ signal }) => apiRequest("/api/health", healthSchema, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useHealth() {
  return useQuery(healthQueryOptions());
}
