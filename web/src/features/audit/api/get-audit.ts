import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { auditPageSchema } from "../../../../../contract/board.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";
import type { AuditFilter } from "../lib/audit-filter.ts";

// GET /api/audit: TOP calls newest first, a page at a time (older ones behind the cursor). Not kept
// live: a trail that moves under the reader is hard to read, so it refreshes on each visit and on demand.

const pageSize = 50;

export type AuditPage = z.infer<typeof auditPageSchema>;

export function getAudit(filter: AuditFilter, cursor: string | undefined, signal?: AbortSignal): Promise<AuditPage> {
  const query = new URLSearchParams({ limit: String(pageSize) });
  for (const [name, value] of Object.entries(filter)) {
    if (value !== undefined) query.set(name, value);
  }
  if (cursor) query.set("cursor", cursor);
  return apiRequest(`/api/audit?${query.toString()}`, auditPageSchema, { signal });
}

export function auditQueryOptions(filter: AuditFilter) {
  return infiniteQueryOptions({
    queryKey: queryKeys.audit.list(filter),
    queryFn: ({ pageParam, signal }) => getAudit(filter, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 0,
  });
}

export function useAudit(filter: AuditFilter) {
  return useInfiniteQuery(auditQueryOptions(filter));
}
