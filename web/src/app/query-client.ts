import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError } from "../lib/api-client.ts";
import { reportServerReachable } from "../lib/network-store.ts";
import { queryKeys } from "../lib/query-keys.ts";

// Reads retry only what can pass on a second try: no answer at all, or the platform being slow or
// busy. A 4xx will fail the same way again. Writes are never retried here: the agent decides, and
// the BFF repeats the TOP calls that are safe to repeat (contract/top-calls.ts).

const transient = new Set(["top_unavailable", "top_flow_control", "top_timeout", "rate_limited"]);

export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= 3) return false;
  if (!(error instanceof ApiError)) return false;
  return error.isNetwork || transient.has(error.body.code);
}

export function createQueryClient(): QueryClient {
  // A 401 anywhere means the sign-in expired: asking "who am I?" again lets the auth gate offer a
  // sign-in over the screen, without unmounting (and losing) what the agent was typing.
  const onError = (error: unknown) => {
    if (!(error instanceof ApiError)) return;
    reportServerReachable(!error.isNetwork);
    if (error.status === 401) void client.invalidateQueries({ queryKey: queryKeys.auth.me() });
  };
  const onSuccess = () => reportServerReachable(true);
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError, onSuccess }),
    mutationCache: new MutationCache({ onError, onSuccess }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: shouldRetryQuery,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 10_000),
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
