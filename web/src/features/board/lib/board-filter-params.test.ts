import { describe, expect, it } from "vitest";
import { withSearchParams } from "../../../lib/search-param.ts";
import { filterFromParams, filterKey, filterToParams } from "./board-filter-params.ts";

const params = (query: string) => new URLSearchParams(query);

describe("board filter in the URL", () => {
  it("reads every filter the URL carries", () => {
    expect(filterFromParams(params("view=board&idle=30&channel=2&agent=agent&source=XSpace"))).toEqual({
      idle_minutes: 30,
      channel: "2",
      agent: "agent",
      session_source: "XSpace",
    });
    expect(filterFromParams(params("view=board"))).toEqual({});
  });

  it("keeps 0 minutes (every open session) but treats an empty value as not set", () => {
    expect(filterFromParams(params("idle=0"))).toEqual({ idle_minutes: 0 });
    expect(filterFromParams(params("idle=&agent=%20"))).toEqual({});
  });

  it("drops only the values that are not valid", () => {
    expect(filterFromParams(params("idle=-3&channel=9&agent=agent"))).toEqual({ agent: "agent" });
    expect(filterFromParams(params("idle=soon&source=XSpace"))).toEqual({ session_source: "XSpace" });
  });

  it("writes a filter back, removing what is not set, and reads it again unchanged", () => {
    const filter = { idle_minutes: 15, channel: "1" as const };
    const url = withSearchParams("http://x.test/?view=board&agent=old&sid=s-1", filterToParams(filter));
    expect(url).toBe("/?view=board&sid=s-1&idle=15&channel=1");
    expect(filterFromParams(new URL(url, "http://x.test").searchParams)).toEqual(filter);
  });

  it("gives equal filters the same key", () => {
    expect(filterKey({ channel: "1", idle_minutes: 5 })).toBe(filterKey({ idle_minutes: 5, channel: "1" }));
    expect(filterKey({ idle_minutes: 0 })).not.toBe(filterKey({}));
  });
});
