import { describe, expect, it } from "vitest";
import { closedByOf } from "./closed-by.ts";

describe("closedByOf", () => {
  it("names the customer by nickname, never by their internal member id", () => {
    expect(closedByOf({ closed_by: "visitor:v_1T4KcT5WQWE7ngr5xZU-3w", channel_nick: "张三" })).toEqual({ kind: "customer", nick: "张三" });
    expect(closedByOf({ closed_by: "visitor:v_x" })).toEqual({ kind: "customer", nick: undefined });
  });

  it("tells system jobs and staff apart, and nothing when nobody closed it", () => {
    expect(closedByOf({ closed_by: "system:heartbeat" })).toEqual({ kind: "system" });
    expect(closedByOf({ closed_by: "auto-close" })).toEqual({ kind: "system" });
    expect(closedByOf({ closed_by: "li.na" })).toEqual({ kind: "staff", username: "li.na" });
    expect(closedByOf({})).toBeUndefined();
  });
});
