import { describe, expect, it } from "vitest";
import { withSearchParam, withSearchParams } from "./search-param.ts";

describe("withSearchParam", () => {
  it("sets a parameter and keeps the others and the hash", () => {
    expect(withSearchParam("http://x.test/console?lang=en#top", "sid", "s-1")).toBe("/console?lang=en&sid=s-1#top");
  });

  it("replaces an existing value and encodes it", () => {
    expect(withSearchParam("http://x.test/?sid=old", "sid", "a b&c")).toBe("/?sid=a+b%26c");
  });

  it("removes the parameter when the value is undefined", () => {
    expect(withSearchParam("http://x.test/?sid=s-1&x=1", "sid", undefined)).toBe("/?x=1");
  });
});

describe("withSearchParams", () => {
  it("sets and removes several parameters at once, keeping the rest", () => {
    expect(withSearchParams("http://x.test/?view=board&sid=s-1&idle=5", { idle: undefined, channel: "2" })).toBe(
      "/?view=board&sid=s-1&channel=2",
    );
  });
});
