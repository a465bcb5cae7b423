import { type BoardSort, type BoardSortKey, boardSortSchema, defaultBoardSort } from "../../../../../contract/board.ts";

// The board's order, kept in the URL with the filters (`?view=board&sort=agent&dir=asc`), so a reload,
// Back or a shared link shows the same order. The default (longest idle first) is left out of the URL.

export function sortFromParams(params: URLSearchParams): BoardSort {
  const parsed = boardSortSchema.safeParse({ sort: params.get("sort") ?? undefined, dir: params.get("dir") ?? undefined });
  // A hand-edited value falls back to the default order rather than an error.
  return parsed.success ? parsed.data : defaultBoardSort;
}

export function sortToParams(sort: BoardSort): { sort: string | undefined; dir: string | undefined } {
  const isDefault = sort.sort === defaultBoardSort.sort && sort.dir === defaultBoardSort.dir;
  return isDefault ? { sort: undefined, dir: undefined } : { sort: sort.sort, dir: sort.dir };
}

/**
 * A click on a column header: the same column turns its order around; another column starts in the
 * order people expect of it (idle: longest first; last activity: latest first; text: A to Z).
 */
export function nextSort(current: BoardSort, column: BoardSortKey): BoardSort {
  if (current.sort === column) return { sort: column, dir: current.dir === "asc" ? "desc" : "asc" };
  return { sort: column, dir: column === "idle" || column === "last_activity" ? "desc" : "asc" };
}

/** aria-sort of a column header: only the column the rows are ordered by has one. */
export function ariaSort(current: BoardSort, column: BoardSortKey): "ascending" | "descending" | undefined {
  if (current.sort !== column) return undefined;
  return current.dir === "asc" ? "ascending" : "descending";
}
