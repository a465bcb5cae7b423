import type { Role } from "../../../../../contract/auth.ts";

// Which part of the inbox the list shows: whose sessions (Mine, the Unassigned queue, or All, which
// only supervisors have) and whether open or closed ones. Kept in the URL (`inbox`, `state`) so a
// reload or a shared link shows the same list.

export const inboxViews = ["mine", "unassigned", "all"] as const;
export type InboxView = (typeof inboxViews)[number];
export const inboxStates = ["open", "closed"] as const;
export type InboxState = (typeof inboxStates)[number];

export interface InboxFilter {
  view: InboxView;
  state: InboxState;
}

export function viewsFor(role: Role): readonly InboxView[] {
  return role === "supervisor" ? inboxViews : ["mine", "unassigned"];
}

/** What the URL asks for, if this role may see it; otherwise the role's usual list. */
export function inboxFilterFrom(role: Role, view: string | undefined, state: string | undefined): InboxFilter {
  const views = viewsFor(role);
  const fallback: InboxView = role === "supervisor" ? "all" : "mine";
  return {
    view: views.find((v) => v === view) ?? fallback,
    state: inboxStates.find((s) => s === state) ?? "open",
  };
}
