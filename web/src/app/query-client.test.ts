import { describe, expect, it } from "vitest";
import { ApiError } from "../lib/api-client.ts";
import { shouldRetryQuery } from "./query-client.ts";

const error = (status: number, code: ConstructorParameters<typeof ApiError>[1]["code"]) =>
  new ApiError(status, { code, message: "" });

describe("shouldRetryQuery", () => {
  it("retries network loss and a busy or slow platform, three times at most", () => {
    expect(shouldRetryQuery(0, error(0, "top_unavailable"))).toBe(true);
    expect(shouldRetryQuery(2, error(503, "top_flow_control"))).toBe(true);
    expect(shouldRetryQuery(1, error(504, "top_timeout"))).toBe(true);
    expect(shouldRetryQuery(3, error(0, "top_unavailable"))).toBe(false);
  });

  it("does not retry what would fail the same way", () => {
    expect(shouldRetryQuery(0, error(404, "not_found"))).toBe(false);
    expect(shouldRetryQuery(0, error(400, "validation_failed"))).toBe(false);
    expect(shouldRetryQuery(0, error(500, "internal"))).toBe(false);
    expect(shouldRetryQuery(0, new TypeError("bug"))).toBe(false);
  });
});
