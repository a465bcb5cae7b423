import type { DefaultValues } from "react-hook-form";
import type { ConsoleConfig, CreateGroupTicketBody, GroupView } from "../../../../../contract/api.ts";
import { parseGroupLink } from "../../../../../contract/group-link.ts";

// ticket.customer.save takes exactly what the group link carries (openConversationId, userIdentify,
// tenantId, corpId). They are read out of the link itself first (the parser reads `+` and `/` in
// raw values exactly; a result stored by an older console may hold an id it misread), then from the
// group result;
// the configured tenant and corp only fill what the link lacks. What came from the link is locked:
// editing it would file the ticket against a different group.

export type TicketForm = Omit<CreateGroupTicketBody, "sid">;

export interface TicketDefaults {
  values: DefaultValues<TicketForm>;
  /** Fields filled from the group link, shown read-only. */
  locked: ReadonlySet<keyof TicketForm>;
}

export function ticketDefaults(group: GroupView, config: ConsoleConfig | undefined): TicketDefaults {
  const parsed = group.group_link === undefined ? undefined : parseGroupLink(group.group_link);
  const fromLink = {
    open_conversation_id: parsed?.openConversationId ?? group.open_conversation_id,
    user_identify: parsed?.userIdentify ?? group.user_identify,
    tenant_id: parsed?.tenantId ?? group.tenant_id,
    corp_id: parsed?.corpId ?? group.corp_id,
  };
  const locked = new Set<keyof TicketForm>();
  for (const key of ["open_conversation_id", "user_identify", "tenant_id"] as const) {
    if (fromLink[key] !== undefined) locked.add(key);
  }
  const corp = fromLink.corp_id ?? config?.defaults.ding_corp_id ?? config?.defaults.corp_id;
  return {
    values: {
      open_conversation_id: fromLink.open_conversation_id,
      user_identify: fromLink.user_identify,
      tenant_id: fromLink.tenant_id ?? config?.defaults.tenant_id,
      corp_id: corp === "" ? undefined : corp,
    },
    locked,
  };
}
