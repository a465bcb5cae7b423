import { describe, expect, it } from "vitest";
import { errorWords } from "./error-words.ts";
import { translator } from "./translate.ts";

const en = translator("en");
const zh = translator("zh-CN");

describe("errorWords", () => {
  it("says how long to wait after a 429, in both languages", () => {
    const error = { code: "rate_limited", message: "x", retryAfterSeconds: 12 } as const;
    expect(errorWords(error, en)).toBe("You're sending too fast. Try again in 12 s.");
    expect(errorWords(error, zh)).toBe("您发送得太快了，请 12 秒后再试。");
  });

  it("rounds a fractional wait up and never says 0 s", () => {
    expect(errorWords({ code: "rate_limited", message: "x", retryAfterSeconds: 0.2 }, en)).toContain("in 1 s");
  });

  it("names a closed chat and a lost connection", () => {
    expect(errorWords({ code: "session_closed", message: "x" }, en)).toMatch(/chat has ended/);
    expect(errorWords(undefined, zh, true)).toBe("暂时无法连接客服，请检查网络后重试。");
  });

  it("says the service is out of reach when the platform failed, not the customer's connection", () => {
    expect(errorWords({ code: "top_unavailable", message: "x" }, en)).toBe("Customer service can't be reached right now. Try again in a moment.");
    expect(errorWords({ code: "top_timeout", message: "x" }, zh)).toBe("客服系统暂时无法连接，请稍后重试。");
  });

  it("names the bad field of a 400 in the customer's words", () => {
    const badUrl = { code: "validation_failed" as const, message: "x", fields: [{ path: "payload.url", code: "invalid_format", message: "x" }] };
    expect(errorWords(badUrl, en)).toMatch(/https:\/\//);
    const long = { code: "validation_failed" as const, message: "x", fields: [{ path: "payload.text", code: "too_big", message: "x" }] };
    expect(errorWords(long, zh)).toBe("消息太长了：最多 5000 个字。");
  });
});
