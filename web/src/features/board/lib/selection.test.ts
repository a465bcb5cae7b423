import { describe, expect, it } from "vitest";
import {
  bulkTarget,
  isSelected,
  noSelection,
  pageState,
  selectedRows,
  selectMatching,
  toggleRow,
  togglePage,
} from "./selection.ts";

const shown = ["a", "b", "c"];

describe("board selection", () => {
  it("ticks and unticks single rows", () => {
    const one = toggleRow(noSelection, "b", shown);
    expect(selectedRows(one, shown)).toEqual(["b"]);
    expect(pageState(one, shown)).toBe("some");
    expect(selectedRows(toggleRow(one, "b", shown), shown)).toEqual([]);
  });

  it("selects the whole page, and clears it when the page is already all selected", () => {
    const page = togglePage(toggleRow(noSelection, "a", shown), shown);
    expect(pageState(page, shown)).toBe("all");
    expect(pageState(togglePage(page, shown), shown)).toBe("none");
  });

  it("forgets rows that are no longer shown (closed meanwhile)", () => {
    const two = togglePage(noSelection, shown);
    expect(selectedRows(two, ["a", "c"])).toEqual(["a", "c"]);
    expect(pageState(two, ["a", "c"])).toBe("all");
    expect(bulkTarget(two, ["c"], {})).toEqual({ sids: ["c"] });
  });

  it("sends the filter, not the rows, when every matching session is selected", () => {
    const all = selectMatching();
    expect(isSelected(all, "anything")).toBe(true);
    expect(pageState(all, shown)).toBe("all");
    expect(bulkTarget(all, shown, { idle_minutes: 30 })).toEqual({ filter: { idle_minutes: 30 } });
  });

  it("drops back to rows when one row of 'all matching' is unticked", () => {
    const fewer = toggleRow(selectMatching(), "b", shown);
    expect(fewer.mode).toBe("rows");
    expect(bulkTarget(fewer, shown, { idle_minutes: 30 })).toEqual({ sids: ["a", "c"] });
  });

  it("has nothing to close when nothing is selected", () => {
    expect(bulkTarget(noSelection, shown, {})).toBeUndefined();
    expect(pageState(noSelection, [])).toBe("none");
  });
});
