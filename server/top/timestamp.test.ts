import { describe, expect, it } from "vitest";
import { formatTopTimestamp, parseTopTimestamp } from "./timestamp.ts";

describe("TOP timestamps in GMT+8", () => {
  // Independent of this process's zone; timestamp-zone.test.ts repeats it under several TZ values.
  it("formats an instant as China time", () => {
    expect(formatTopTimestamp(new Date("2016-01-01T04:00:00Z"))).toBe("2016-01-01 12:00:00");
    expect(formatTopTimestamp(new Date("2025-12-31T16:30:05Z"))).toBe("2026-01-01 00:30:05");
  });

  it("parses back to the same instant", () => {
    expect(parseTopTimestamp("2016-01-01 12:00:00")?.toISOString()).toBe("2016-01-01T04:00:00.000Z");
  });

  it("rejects malformed or impossible timestamps", () => {
    expect(parseTopTimestamp("2016-01-01T12:00:00")).toBeUndefined();
    expect(parseTopTimestamp("2026-02-31 10:00:00")).toBeUndefined();
    expect(parseTopTimestamp("2026-01-01 24:00:00")).toBeUndefined();
  });
});
