import type { DefaultValues } from "react-hook-form";
import type { CreateGroupTicketBody, GroupView } from "../../../../../contract/api.ts";
import { parseGroupLink } from "../../../../../contract/group-link.ts";

// ticket.customer.save takes what the group link carries (openConversationId, userIdentify). They are
// read out of the link itself first (the parser reads `+` and `/` in raw values exactly; a result stored
// by an older console may hold an id it misread), then from the group result, and are locked: editing
// them would file the ticket against a different group. The tenant and corp are never the agent's to
// set: the server fills them from its configuration.

export type TicketForm = Omit<CreateGroupTicketBody, "sid" | "tenant_id" | "corp_id">;

export interface TicketDefaults {
  values: DefaultValues<TicketForm>;
  /** Fields filled from the group link, shown read-only. */
  locked: ReadonlySet<keyof TicketForm>;
}

export function ticketDefaults(group: GroupView): TicketDefaults {
  const parsed = group.group_link === undefined ? undefined : parseGroupLink(group.group_link);
  const fromLink = {
    open_conversation_id: parsed?.openConversationId ?? group.open_conversation_id,
    user_identify: parsed?.userIdentify ?? group.user_identify,
  };
  const locked = new Set<keyof TicketForm>();
  for (const key of ["open_conversation_id", "user_identify"] as const) {
    if (fromLink[key] !== undefined) locked.add(key);
  }
  return { values: fromLink, locked };
}
