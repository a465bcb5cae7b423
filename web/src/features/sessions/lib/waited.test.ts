import { describe, expect, it } from "vitest";
import { formatWaited } from "./waited.ts";

describe("formatWaited", () => {
  const start = 1_700_000_000_000;
  it("counts minutes and seconds, then hours", () => {
    expect(formatWaited(start, start + 45_000)).toBe("0:45");
    expect(formatWaited(start, start + 12 * 60_000 + 5_000)).toBe("12:05");
    expect(formatWaited(start, start + 3600_000 + 2 * 60_000 + 5_000)).toBe("1:02:05");
  });
  it("never goes negative when the browser's clock is behind the server's", () => {
    expect(formatWaited(start, start - 10_000)).toBe("0:00");
  });
});
