import type { BoardFilter } from "../../../../../contract/board.ts";

// What the supervisor selected on the board: some rows, or every session matching the filter (which
// the server resolves, including sessions not loaded on screen). Rows that left the board (closed
// meanwhile) stop counting without being forgotten by a refetch that is only a moment behind.

export type Selection = { mode: "rows"; sids: ReadonlySet<string> } | { mode: "matching" };

export const noSelection: Selection = { mode: "rows", sids: new Set() };

export const selectMatching = (): Selection => ({ mode: "matching" });

export function isSelected(selection: Selection, sid: string): boolean {
  return selection.mode === "matching" || selection.sids.has(sid);
}

/** The selected rows among those shown, in their order. */
export function selectedRows(selection: Selection, shown: readonly string[]): string[] {
  return shown.filter((sid) => isSelected(selection, sid));
}

export function toggleRow(selection: Selection, sid: string, shown: readonly string[]): Selection {
  // Unticking one row of "all matching" leaves the other rows shown ticked, as a list would.
  const current = new Set(selection.mode === "matching" ? shown : selection.sids);
  if (current.has(sid)) current.delete(sid);
  else current.add(sid);
  return { mode: "rows", sids: current };
}

export type PageState = "none" | "some" | "all";

export function pageState(selection: Selection, shown: readonly string[]): PageState {
  const count = selectedRows(selection, shown).length;
  if (count === 0) return "none";
  return count === shown.length ? "all" : "some";
}

/** The select-all-on-page box: ticks every row shown, or clears them all when they all are. */
export function togglePage(selection: Selection, shown: readonly string[]): Selection {
  return pageState(selection, shown) === "all" ? noSelection : { mode: "rows", sids: new Set(shown) };
}

export type BulkTarget = { sids: string[] } | { filter: BoardFilter };

/** What a bulk close acts on: the rows selected and shown, or the filter; nothing when nothing is selected. */
export function bulkTarget(selection: Selection, shown: readonly string[], filter: BoardFilter): BulkTarget | undefined {
  if (selection.mode === "matching") return { filter };
  const sids = selectedRows(selection, shown);
  return sids.length > 0 ? { sids } : undefined;
}
