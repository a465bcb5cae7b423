import { describe, expect, it } from "vitest";
import { ariaSort, nextSort, sortFromParams, sortToParams } from "./board-sort.ts";

describe("the board's order in the URL", () => {
  it("reads sort and dir, and falls back to longest idle first", () => {
    expect(sortFromParams(new URLSearchParams("sort=agent&dir=asc"))).toEqual({ sort: "agent", dir: "asc" });
    expect(sortFromParams(new URLSearchParams(""))).toEqual({ sort: "idle", dir: "desc" });
    expect(sortFromParams(new URLSearchParams("sort=password&dir=up"))).toEqual({ sort: "idle", dir: "desc" });
  });

  it("leaves the default order out of the URL, and round-trips the others", () => {
    expect(sortToParams({ sort: "idle", dir: "desc" })).toEqual({ sort: undefined, dir: undefined });
    const params = new URLSearchParams(Object.entries(sortToParams({ sort: "customer", dir: "desc" })) as [string, string][]);
    expect(sortFromParams(params)).toEqual({ sort: "customer", dir: "desc" });
  });
});

describe("clicking a column header", () => {
  it("turns the same column around, and starts another in its natural order", () => {
    expect(nextSort({ sort: "idle", dir: "desc" }, "idle")).toEqual({ sort: "idle", dir: "asc" });
    expect(nextSort({ sort: "idle", dir: "desc" }, "customer")).toEqual({ sort: "customer", dir: "asc" });
    expect(nextSort({ sort: "customer", dir: "asc" }, "last_activity")).toEqual({ sort: "last_activity", dir: "desc" });
  });

  it("marks only the sorted column for screen readers", () => {
    expect(ariaSort({ sort: "agent", dir: "asc" }, "agent")).toBe("ascending");
    expect(ariaSort({ sort: "agent", dir: "desc" }, "agent")).toBe("descending");
    expect(ariaSort({ sort: "agent", dir: "asc" }, "idle")).toBeUndefined();
  });
});
