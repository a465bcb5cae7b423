import type { BoardSort, BoardSortKey } from "../../../../../contract/board.ts";
import { setSearchParams } from "../../../lib/search-param.ts";
import { ariaSort, nextSort, sortToParams } from "../lib/board-sort.ts";

// A sortable column header: a real button (Enter and Space sort from the keyboard), aria-sort on the
// sorted column, and the new order written to the URL beside the filters (a history entry, so Back
// returns to the previous order). The button is named by the column alone, so a screen reader still
// reads each cell's header plainly; the order is aria-sort's and the table caption's to say.

export function SortHeader({ column, label, sort }: { column: BoardSortKey; label: string; sort: BoardSort }) {
  const direction = ariaSort(sort, column);
  const next = nextSort(sort, column);
  return (
    <th scope="col" aria-sort={direction} className="board-table__sortable">
      <button
        type="button"
        className="sort-button"
        onClick={() => setSearchParams(sortToParams(next))}
      >
        {label}
        <span aria-hidden="true" className={direction ? "sort-button__arrow is-active" : "sort-button__arrow"}>
          {direction === "ascending" ? "▲" : direction === "descending" ? "▼" : "↕"}
        </span>
      </button>
    </th>
  );
}
