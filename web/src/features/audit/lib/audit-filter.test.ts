import { describe, expect, it } from "vitest";
import { auditQuerySchema } from "../../../../../contract/board.ts";
import { auditFilterFromParams, auditFilterSchema, auditFilterToParams, callNameOf, callNames, consoleActOf } from "./audit-filter.ts";

describe("audit filter", () => {
  it("names each of the five TOP calls and the console's own acts", () => {
    expect(callNames).toHaveLength(5);
    expect(callNameOf("alibaba.lyservice.lippi.session.close")).toBe("closeSession");
    expect(callNameOf("alibaba.lyservice.unknown")).toBeUndefined();
    expect(consoleActOf("console.session.mark_closed")).toBe("mark_closed");
    expect(consoleActOf("console.session.take")).toBe("take");
  });

  it("leaves blank fields out and trims the rest", () => {
    expect(auditFilterSchema.parse({ sid: "  ", actor: " supervisor ", outcome: "platform_refused" })).toEqual({
      sid: undefined,
      actor: "supervisor",
      method: undefined,
      outcome: "platform_refused",
    });
  });

  it("only lets through what the server accepts", () => {
    expect(auditFilterSchema.safeParse({ method: "alibaba.other.call" }).success).toBe(false);
    expect(auditFilterSchema.safeParse({ outcome: "failed" }).success).toBe(false);
    const filter = auditFilterSchema.parse({ method: "alibaba.lyservice.lippi.message.send", outcome: "ok" });
    expect(auditQuerySchema.safeParse(filter).success).toBe(true);
  });
});

describe("audit filter in the URL", () => {
  it("round-trips through the query string", () => {
    const filter = auditFilterSchema.parse({ sid: "s-1", method: "alibaba.lyservice.lippi.session.close", outcome: "gateway_error" });
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(auditFilterToParams(filter))) if (value !== undefined) params.set(name, value);
    expect(params.toString()).toBe("session=s-1&method=alibaba.lyservice.lippi.session.close&outcome=gateway_error");
    expect(auditFilterFromParams(params)).toEqual(filter);
  });

  it("drops one bad parameter (a hand-edited link, an older version's outcome) and keeps the others", () => {
    expect(auditFilterFromParams(new URLSearchParams("actor=supervisor&outcome=gateway&method=x"))).toEqual({
      sid: undefined,
      actor: "supervisor",
      method: undefined,
      outcome: undefined,
    });
  });
});
