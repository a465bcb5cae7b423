import type { DefaultValues } from "react-hook-form";
import type { CreateGroupTicketBody, GroupView } from "../../../../../contract/api.ts";
import { parseGroupLink } from "../../../../../contract/group-link.ts";

// ticket.customer.save takes what the group link carries (openConversationId, userIdentify); those
// come from the group result (or, for an older result, from its link) and are locked: editing them
// would file the ticket against a different group. The tenant and corp are never the agent's to set:
// the server fills them from its configuration.

export type TicketForm = Omit<CreateGroupTicketBody, "sid" | "tenant_id" | "corp_id">;

export interface TicketDefaults {
  values: DefaultValues<TicketForm>;
  /** Fields filled from the group link, shown read-only. */
  locked: ReadonlySet<keyof TicketForm>;
}

export function ticketDefaults(group: GroupView): TicketDefaults {
  const parsed = parseGroupLink(group.group_link);
  const fromLink = {
    open_conversation_id: group.open_conversation_id ?? parsed?.openConversationId,
    user_identify: group.user_identify ?? parsed?.userIdentify,
  };
  const locked = new Set<keyof TicketForm>();
  for (const key of ["open_conversation_id", "user_identify"] as const) {
    if (fromLink[key] !== undefined) locked.add(key);
  }
  return { values: fromLink, locked };
}
