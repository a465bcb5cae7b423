import { describe, expect, it } from "vitest";
import { formatRelativeTime } from "./format-time.ts";

const now = Date.UTC(2025, 0, 15, 12, 0, 0);

describe("formatRelativeTime", () => {
  it("says now for anything under a minute", () => {
    expect(formatRelativeTime(now - 20_000, now, "en")).toBe("now");
  });

  it("uses the largest whole unit", () => {
    expect(formatRelativeTime(now - 3 * 60_000, now, "en")).toBe("3 minutes ago");
    expect(formatRelativeTime(now - 90 * 60_000, now, "en")).toBe("1 hour ago");
    expect(formatRelativeTime(now - 24 * 3600_000, now, "en")).toBe("yesterday");
  });

  it("speaks the UI language", () => {
    expect(formatRelativeTime(now - 5 * 60_000, now, "zh-CN")).toBe("5分钟前");
  });
});
