import { describe, expect, it } from "vitest";
import { longestCallMs, retryDecision } from "./retry-policy.ts";
import { TopError, type TopErrorKind } from "./top-error.ts";

const ctx = { attempt: 1, maxAttempts: 3, retryAfterAmbiguousFailure: true, ambiguousRetries: 0, baseDelayMs: 10 };
const err = (kind: TopErrorKind, detail = {}, sent = true) =>
  new TopError({ kind, method: "m", message: "x", detail, sent });

describe("retryDecision", () => {
  it("always retries a request that never left", () => {
    const decision = retryDecision(err("transport", {}, false), { ...ctx, retryAfterAmbiguousFailure: false });
    expect(decision.retry).toBe(true);
  });

  it("retries an ambiguous failure once, and only for calls that repeat their ids", () => {
    expect(retryDecision(err("timeout"), ctx)).toMatchObject({ retry: true, ambiguous: true });
    expect(retryDecision(err("timeout"), { ...ctx, ambiguousRetries: 1 }).retry).toBe(false);
    expect(retryDecision(err("transport"), { ...ctx, retryAfterAmbiguousFailure: false }).retry).toBe(false);
  });

  it("retries provider faults but never caller errors or business failures", () => {
    expect(retryDecision(err("gateway", { code: "15", sub_code: "isp.remote-service-error" }), ctx).retry).toBe(true);
    expect(retryDecision(err("gateway", { code: "10" }), ctx).retry).toBe(true);
    expect(retryDecision(err("gateway", { code: "15", sub_code: "isp.invalid-parameters" }), ctx).retry).toBe(false);
    expect(retryDecision(err("gateway", { code: "41", sub_code: "isv.invalid-parameter" }), ctx).retry).toBe(false);
    expect(retryDecision(err("gateway", { code: "25" }), ctx).retry).toBe(false);
    expect(retryDecision(err("business", { code: "400001" }), ctx).retry).toBe(false);
  });

  it("never resends a call the platform answered in a shape we could not read", () => {
    expect(retryDecision(err("unreadable", { code: "200", request_id: "r1" }), ctx).retry).toBe(false);
  });

  it("waits out a short call-limit ban and gives up on a long one", () => {
    const short = retryDecision(err("gateway", { code: "7", sub_msg: "This ban will last for 1 more seconds" }), ctx);
    expect(short).toMatchObject({ retry: true });
    expect(short.delayMs).toBeGreaterThanOrEqual(1000);
    expect(retryDecision(err("gateway", { code: "7", sub_msg: "This ban will last for 60 more seconds" }), ctx).retry).toBe(
      false,
    );
  });

  it("stops at the attempt limit", () => {
    expect(retryDecision(err("transport", {}, false), { ...ctx, attempt: 3 }).retry).toBe(false);
  });
});

describe("longestCallMs", () => {
  it("is every attempt timing out plus the longest wait before each retry", () => {
    expect(longestCallMs({ timeoutMs: 10_000, maxAttempts: 1, retryBaseMs: 200 })).toBe(10_000);
    // Waits: a flow-control ban of up to 2 s outlasts the 200 and 400 ms backoffs.
    expect(longestCallMs({ timeoutMs: 10_000, maxAttempts: 3, retryBaseMs: 200 })).toBe(34_000);
    // Backoff base 3 s: 3+3, then 6+3 s.
    expect(longestCallMs({ timeoutMs: 1_000, maxAttempts: 3, retryBaseMs: 3_000 })).toBe(3_000 + 6_000 + 9_000);
  });
});
