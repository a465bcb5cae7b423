import { queryOptions, useQuery } from "@tanstack/react-query";
import { type SessionTicketList, sessionTicketListSchema } from "../../../../../contract/api.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// GET /api/sessions/:sid/group-tickets: the visitor tickets saved for the session, the latest first.

export function getSessionTickets(sid: string, signal?: AbortSignal): Promise<SessionTicketList> {
  return apiRequest(`/api/sessions/${encodeURIComponent(sid)}/group-tickets`, sessionTicketListSchema, { signal });
}

export function sessionTicketsQueryOptions(sid: string) {
  return queryOptions({
    queryKey: queryKeys.tickets.ofSession(sid),
    queryFn: ({ signal }) => getSessionTickets(sid, signal),
  });
}

export function useSessionTickets(sid: string) {
  return useQuery(sessionTicketsQueryOptions(sid));
}
