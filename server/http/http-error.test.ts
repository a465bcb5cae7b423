import { describe, expect, it } from "vitest";
import { apiErrorBodySchema } from "../../contract/errors.ts";
import { DomainError, domainErrorKinds, type DomainErrorKind } from "../services/domain-error.ts";
import { toHttpAnswer } from "./http-error.ts";

// Each kind of the console's one error, as the status and code a caller sees. Written out in full so
// a change to the mapping shows up here as a decision, not as a side effect.
const expected: Record<DomainErrorKind, [number, string]> = {
  invalid_input: [400, "validation_failed"],
  unsupported_encoding: [415, "validation_failed"],
  payload_too_large: [413, "payload_too_large"],
  unauthenticated: [401, "unauthenticated"],
  forbidden: [403, "forbidden"],
  not_found: [404, "not_found"],
  conflict: [409, "conflict"],
  rate_limited: [429, "rate_limited"],
  busy: [503, "rate_limited"],
  session_closed: [409, "session_closed"],
  session_unknown_to_platform: [410, "session_unknown_to_platform"],
  platform_refused: [422, "top_rejected"],
  platform_unavailable: [502, "top_unavailable"],
  platform_unreadable: [502, "top_unreadable_answer"],
  platform_timeout: [504, "top_timeout"],
  platform_flow_control: [503, "top_flow_control"],
  internal: [500, "internal"],
};

describe("toHttpAnswer", () => {
  it.each(domainErrorKinds.map((kind) => [kind, ...expected[kind]] as const))("%s → %i %s", (kind, status, code) => {
    const answer = toHttpAnswer(new DomainError(kind, "words"), "req-1");
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({ error: { code, message: "words", requestId: "req-1" } });
    expect(apiErrorBodySchema.safeParse(answer.body).success).toBe(true);
  });

  it("carries the fields, the platform's codes and the retry delay", () => {
    const top = { code: "7", msg: "App Call Limited", sub_code: "accesscontrol.limited-by-app-access-count", sub_msg: "ban 1 s", request_id: "r1" };
    const fields = [{ path: "reason", code: "invalid_value", message: "bad" }];
    const answer = toHttpAnswer(new DomainError("platform_flow_control", "wait", { top, fields, retryAfterSeconds: 1 }));
    expect(answer).toEqual({ status: 503, retryAfterSeconds: 1, body: { error: { code: "top_flow_control", message: "wait", top, fields, retryAfterSeconds: 1 } } });
  });
});
