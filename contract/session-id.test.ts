import { describe, expect, it } from "vitest";
import { createSessionBodySchema, sessionIdSchema } from "./api.ts";

describe("source.sid", () => {
  it("takes ids the console can address afterwards", () => {
    for (const sid of ["s1", "s-20261202-abc123", "order_1.2", "a".repeat(64)]) expect(sessionIdSchema.safeParse(sid).success, sid).toBe(true);
  });

  it("refuses ids that could not be reached as /api/sessions/:sid", () => {
    for (const sid of ["", ".", "..", " ", "a b", "\u0000", "a/b", "会话", "ok\uD800", "a".repeat(65), "a".repeat(5000)]) {
      expect(sessionIdSchema.safeParse(sid).success, JSON.stringify(sid)).toBe(false);
    }
  });

  it("is checked in the create-session body, by its path", () => {
    const result = createSessionBodySchema.safeParse({ source: { sid: "..", channel: "0", channel_uid: "u", channel_nick: "n" }, target: {} });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["source.sid"]);
  });
});
