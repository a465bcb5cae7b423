import { describe, expect, it } from "vitest";
import { loginBodySchema } from "../../contract/auth.ts";
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

  it("measures length as the sign-in does: a password it accepts can be used to sign in", () => {
    const emoji = ["😀", "🐉", "🚀", "🌵", "🎲", "🧭", "🍜", "🦊", "🔭", "🪁"];
    const phrase = (n: number) => Array.from({ length: n }, (_, i) => emoji[(i * 7 + (i >> 3)) % emoji.length]).join("");
    const signIn = (password: string) => loginBodySchema.safeParse({ username: "li.na", password }).success;
    // 150 emoji are 150 code points but 300 UTF-16 units: refused by both, not set-then-unusable.
    expect(passwordProblem(phrase(150))).toMatch(/at most 256/);
    expect(signIn(phrase(150))).toBe(false);
    // 128 emoji are exactly 256 units: accepted by both.
    expect(passwordProblem(phrase(128))).toBeUndefined();
    expect(signIn(phrase(128))).toBe(true);
  });

  it("refuses a short one and accepts a long phrase", () => {
    expect(passwordProblem("Tr0ub4dor&3")).toMatch(/at least 12/);
    expect(passwordProblem("lantern orbit 蓝色 kettle")).toBeUndefined();
  });

  it("refuses a password made of the username", () => {
    expect(passwordProblem("zhangwei.supervisor", ["zhangwei.supervisor"])).toMatch(/too common/);
  });
});
