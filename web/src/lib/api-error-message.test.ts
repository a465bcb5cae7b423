import { describe, expect, it } from "vitest";
import { ApiError } from "./api-client.ts";
import { apiErrorKey, isRetryable, supportDetails } from "./api-error-message.ts";

const topRejected = new ApiError(422, {
  code: "top_rejected",
  message: "TOP refused",
  requestId: "req-1",
  top: { code: "50", msg: "Remote service error", sub_code: "isv.invalid-parameter", sub_msg: "非法参数", request_id: "top-9" },
});

describe("api error messages", () => {
  it("names network loss apart from the server's own codes", () => {
    expect(apiErrorKey(new ApiError(0, { code: "top_unavailable", message: "network_error" }))).toBe("network");
    expect(apiErrorKey(topRejected)).toBe("top_rejected");
    expect(apiErrorKey(new TypeError("boom"))).toBe("internal");
  });

  it("keeps the TOP details for support", () => {
    expect(supportDetails(topRejected)).toEqual({
      status: 422,
      code: "top_rejected",
      message: "TOP refused",
      requestId: "req-1",
      top: topRejected.body.top,
    });
    expect(supportDetails(new Error("bug"))).toEqual({ message: "bug" });
  });

  it("offers a retry only where repeating can help", () => {
    expect(isRetryable(new ApiError(0, { code: "top_unavailable", message: "" }))).toBe(true);
    expect(isRetryable(new ApiError(504, { code: "top_timeout", message: "" }))).toBe(true);
    expect(isRetryable(topRejected)).toBe(false);
    expect(isRetryable(new ApiError(409, { code: "session_closed", message: "" }))).toBe(false);
  });
});
