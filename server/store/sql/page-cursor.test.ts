import { describe, expect, it } from "vitest";
import { encodeCursor } from "./cursor.ts";
import { isPageCursor, pageCursorSchema } from "../../../contract/page-cursor.ts";

describe("page cursors", () => {
  it("takes what the server writes", () => {
    expect(isPageCursor(encodeCursor([12]))).toBe(true);
    expect(isPageCursor(encodeCursor([1, 1_700_000_000_000, "会话-1"]))).toBe(true);
    expect(pageCursorSchema.safeParse("").success).toBe(true);
  });

  it("refuses anything else", () => {
    for (const bad of ["abc", "!!", "bnVsbA", Buffer.from("{}").toString("base64url"), Buffer.from("[]").toString("base64url"), "/w", "a".repeat(201)]) {
      expect(pageCursorSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});
