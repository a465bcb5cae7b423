import { sessionSearchMax } from "../../../../../contract/api.ts";
import type { Role } from "../../../../../contract/auth.ts";
import { type Channel, channelValues } from "../../../../../contract/top-dtos.ts";

// Which part of the inbox the list shows: whose sessions (Mine, the Unassigned queue, or All, which
// only supervisors have), open, closed or both, one channel, and a search. Kept in the URL (`inbox`,
// `state`, `channel`, `q`) so a reload or a shared link shows the same list.

export const inboxViews = ["mine", "unassigned", "all"] as const;
export type InboxView = (typeof inboxViews)[number];
export const inboxStates = ["open", "closed", "all"] as const;
export type InboxState = (typeof inboxStates)[number];

export interface InboxFilter {
  view: InboxView;
  state: InboxState;
  channel?: Channel | undefined;
  /** The search as typed (trimmed); the server matches nicknames inside and ids from their start. */
  q?: string | undefined;
}

export function viewsFor(role: Role): readonly InboxView[] {
  return role === "supervisor" ? inboxViews : ["mine", "unassigned"];
}

/** What the URL asks for, if this role may see it; otherwise the role's usual list. */
export function inboxFilterFrom(
  role: Role,
  view: string | undefined,
  state: string | undefined,
  { channel, q }: { channel?: string | undefined; q?: string | undefined } = {},
): InboxFilter {
  const views = viewsFor(role);
  const fallback: InboxView = role === "supervisor" ? "all" : "mine";
  const search = Array.from(q?.trim() ?? "").slice(0, sessionSearchMax).join("");
  const known = channelValues.find((c) => c === channel);
  return {
    view: views.find((v) => v === view) ?? fallback,
    state: inboxStates.find((s) => s === state) ?? "open",
    ...(known ? { channel: known } : {}),
    ...(search ? { q: search } : {}),
  };
}

/** Whether the list is narrowed by a search or a channel (its empty state says "no results"). */
export const isSearching = (filter: InboxFilter) => filter.q !== undefined || filter.channel !== undefined;
