import { describe, expect, it } from "vitest";
import { formatDuration, formatSize, hostOf } from "./format.ts";

describe("formats", () => {
  it("formats durations as clock time", () => {
    expect(formatDuration(5)).toBe("0:05");
    expect(formatDuration(75)).toBe("1:15");
    expect(formatDuration(3725)).toBe("1:02:05");
  });

  it("formats sizes with a binary unit", () => {
    expect(formatSize(512)).toEqual({ unit: "bytes", value: "512" });
    expect(formatSize(2048)).toEqual({ unit: "kilobytes", value: "2" });
    expect(formatSize(1_572_864)).toEqual({ unit: "megabytes", value: "1.5" });
    expect(formatSize(50 * 1024 * 1024)).toEqual({ unit: "megabytes", value: "50" });
  });

  it("shows the host of a link", () => {
    expect(hostOf("https://shop.example.com/o/1?x=2")).toBe("shop.example.com");
  });
});
