import { describe, expect, it } from "vitest";
import { TopError, type TopErrorKind } from "../top/top-error.ts";
import type { DomainErrorKind } from "./domain-error.ts";
import { fromTopError } from "./platform-failure.ts";

// The one TopError → DomainError mapping: each way a TOP call fails, as the console's kind, with the
// platform's codes kept.

const top = (kind: TopErrorKind, detail: Record<string, string> = {}, sent = true) =>
  new TopError({ kind, method: "m", message: "x", detail: { request_id: "r1", ...detail }, sent });

const cases: Array<[string, TopError, DomainErrorKind]> = [
  ["a timeout", top("timeout"), "platform_timeout"],
  ["a dropped connection", top("transport"), "platform_unavailable"],
  ["a refused connection", top("transport", {}, false), "platform_unavailable"],
  ["an unreadable answer", top("unreadable", { code: "200" }), "platform_unreadable"],
  ["a call limit", top("gateway", { code: "7" }), "platform_flow_control"],
  ["accesscontrol", top("gateway", { code: "99", sub_code: "accesscontrol.limited" }), "platform_flow_control"],
  ["an isp fault", top("gateway", { code: "15", sub_code: "isp.remote-service-error" }), "platform_unavailable"],
  ["a bad signature", top("gateway", { code: "25" }), "platform_unavailable"],
  ["an isv error", top("gateway", { code: "15", sub_code: "isv.invalid-parameter" }), "platform_refused"],
  ["isp.invalid-parameters", top("gateway", { code: "15", sub_code: "isp.invalid-parameters" }), "platform_refused"],
  ["missing arguments", top("gateway", { code: "40" }), "platform_refused"],
  ["SESSION_ALREADY_CLOSED", top("business", { code: "400003", msg: "SESSION_ALREADY_CLOSED" }), "session_closed"],
  ["SESSION_NOT_FOUND", top("business", { code: "400002", msg: "SESSION_NOT_FOUND" }), "session_unknown_to_platform"],
  ["another business failure", top("business", { code: "400001", msg: "SYSTEM_ERROR" }), "platform_refused"],
];

describe("fromTopError", () => {
  it.each(cases)("%s", (_name, error, kind) => {
    const domain = fromTopError(error);
    expect(domain.kind).toBe(kind);
    expect(domain.extra.top).toEqual(error.detail);
  });

  it("passes a short ban on as the retry delay", () => {
    const error = top("gateway", { code: "7", sub_msg: "This ban will last for 3 more seconds" });
    expect(fromTopError(error).extra.retryAfterSeconds).toBe(3);
  });

  it("caps a huge ban at an hour, so a client is never told to wait years", () => {
    const error = top("gateway", { code: "7", sub_msg: "This ban will last for 99999999999 more seconds" });
    expect(fromTopError(error).extra.retryAfterSeconds).toBe(3600);
  });
});
