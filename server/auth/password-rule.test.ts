import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-rule.ts";

describe("the rule for new passwords", () => {
  it("refuses one repeated character, only spaces, and common passwords", () => {
    expect(passwordProblem("aaaaaaaaaaaa")).toMatch(/single character/);
    expect(passwordProblem(" ".repeat(12))).toMatch(/only spaces/);
    expect(passwordProblem("password1234")).toMatch(/too common/);
    expect(passwordProblem("qwertyuiop123")).toMatch(/too common/);
  });

  it("refuses a password longer than the sign-in accepts", () => {
    expect(passwordProblem("x9!Lq".repeat(52))).toMatch(/at most 256/);
  });

  it("refuses a short one and accepts a long phrase", () => {
    expect(passwordProblem("Tr0ub4dor&3")).toMatch(/at least 12/);
    expect(passwordProblem("lantern orbit 蓝色 kettle")).toBeUndefined();
  });

  it("refuses a password made of the username", () => {
    expect(passwordProblem("zhangwei.supervisor", ["zhangwei.supervisor"])).toMatch(/too common/);
  });
});
