import { queryOptions, useQuery } from "@tanstack/react-query";
import { type ConsoleConfig, consoleConfigSchema } from "../../../contract/api.ts";
import { apiRequest } from "./api-client.ts";
import { queryKeys } from "./query-keys.ts";

// GET /api/config: the public defaults several forms pre-fill (session source, service, corp ids…).
// They change only with a server deploy, so the console reads them once per page load.

export function getConsoleConfig(signal?: AbortSignal): Promise<ConsoleConfig> {
  return apiRequest("/api/config", consoleConfigSchema, { signal });
}

export function consoleConfigQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.config(),
    queryFn: ({ signal }) => getConsoleConfig(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useConsoleConfig() {
  return useQuery(consoleConfigQueryOptions());
}
