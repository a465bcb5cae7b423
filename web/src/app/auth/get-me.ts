import { queryOptions, useQuery } from "@tanstack/react-query";
import { meSchema, type UserView } from "../../../../contract/auth.ts";
import { ApiError, apiRequest } from "../../lib/api-client.ts";
import { queryKeys } from "../../lib/query-keys.ts";

// GET /api/auth/me: who is signed in, or null when nobody is (401). Null is an answer, not an error,
// so the app can tell "signed out" from "the server is unreachable".

export async function getMe(signal?: AbortSignal): Promise<UserView | null> {
  try {
    return (await apiRequest("/api/auth/me", meSchema, { signal })).user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function meQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.auth.me(),
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 60_000,
  });
}

export function useMe() {
  return useQuery(meQueryOptions());
}
