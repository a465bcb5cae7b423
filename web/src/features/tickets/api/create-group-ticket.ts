import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type CreateGroupTicketBody, type GroupTicketView, groupTicketViewSchema } from "../../../../../contract/api.ts";
import { apiRequest } from "../../../lib/api-client.ts";
import { queryKeys } from "../../../lib/query-keys.ts";

// POST /api/group-tickets (group.ticket.customer.save). The session's ticket list is asked again, so
// the new ticket is listed (and a second save of its case id warns).

export function createGroupTicket(body: CreateGroupTicketBody): Promise<GroupTicketView> {
  return apiRequest("/api/group-tickets", groupTicketViewSchema, { method: "POST", body });
}

export function useCreateGroupTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createGroupTicket,
    onSettled: (_data, _error, body) => queryClient.invalidateQueries({ queryKey: queryKeys.tickets.ofSession(body.sid) }),
  });
}
