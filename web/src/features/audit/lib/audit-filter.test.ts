import { describe, expect, it } from "vitest";
import { auditQuerySchema } from "../../../../../contract/board.ts";
import { auditFilterSchema, callNameOf, callNames } from "./audit-filter.ts";

describe("audit filter", () => {
  it("names each of the five TOP calls", () => {
    expect(callNames).toHaveLength(5);
    expect(callNameOf("alibaba.lyservice.lippi.session.close")).toBe("closeSession");
    expect(callNameOf("alibaba.lyservice.unknown")).toBeUndefined();
  });

  it("leaves blank fields out and trims the rest", () => {
    expect(auditFilterSchema.parse({ sid: "  ", actor: " supervisor ", outcome: "gateway" })).toEqual({
      sid: undefined,
      actor: "supervisor",
      method: undefined,
      outcome: "gateway",
    });
  });

  it("only lets through what the server accepts", () => {
    expect(auditFilterSchema.safeParse({ method: "alibaba.other.call" }).success).toBe(false);
    expect(auditFilterSchema.safeParse({ outcome: "failed" }).success).toBe(false);
    const filter = auditFilterSchema.parse({ method: "alibaba.lyservice.lippi.message.send", outcome: "ok" });
    expect(auditQuerySchema.safeParse(filter).success).toBe(true);
  });
});
