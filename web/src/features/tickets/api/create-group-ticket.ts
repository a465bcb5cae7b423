import { useMutation } from "@tanstack/react-query";
import { type CreateGroupTicketBody, type GroupTicketView, groupTicketViewSchema } from "../../../../../contract/api.ts";
import { apiRequest } from "../../../lib/api-client.ts";

// POST /api/group-tickets (group.ticket.customer.save). Nothing the console caches shows tickets, so
// there is nothing to invalidate; the caller shows the returned system time.

export function createGroupTicket(body: CreateGroupTicketBody): Promise<GroupTicketView> {
  return apiRequest("/api/group-tickets", groupTicketViewSchema, { method: "POST", body });
}

export function useCreateGroupTicket() {
  return useMutation({ mutationFn: createGroupTicket });
}
