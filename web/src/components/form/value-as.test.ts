import { describe, expect, it } from "vitest";
import { toDateTimeLocal, toFormValue } from "./value-as.ts";

describe("toFormValue", () => {
  it("turns a blank input into an absent value", () => {
    for (const valueAs of ["string", "number", "datetime"] as const) {
      expect(toFormValue("", valueAs)).toBeUndefined();
      expect(toFormValue("   ", valueAs)).toBeUndefined();
      expect(toFormValue(null, valueAs)).toBeUndefined();
    }
  });

  it("keeps text as typed and reads numbers", () => {
    expect(toFormValue(" nick ", "string")).toBe(" nick ");
    expect(toFormValue(" 1001 ", "number")).toBe(1001);
    expect(toFormValue("12x", "number")).toBeNaN();
  });

  it("reads a datetime-local value as local epoch milliseconds and back", () => {
    const ms = toFormValue("2024-03-05T09:07", "datetime");
    expect(ms).toBe(new Date(2024, 2, 5, 9, 7).getTime());
    expect(toDateTimeLocal(ms as number)).toBe("2024-03-05T09:07");
  });
});
