import { describe, expect, it } from "vitest";
import { generateSid } from "./generate-sid.ts";

describe("generateSid", () => {
  it("reads as the local time it was made, then a random suffix", () => {
    const at = new Date(2025, 0, 2, 3, 4, 5);
    expect(generateSid(at, () => 0)).toBe("s-20250102030405-000000");
    expect(generateSid(at, () => 0.999_999)).toBe("s-20250102030405-zzzzzz");
  });

  it("gives different ids within the same second", () => {
    const at = new Date();
    const ids = new Set(Array.from({ length: 200 }, () => generateSid(at)));
    expect(ids.size).toBe(200);
  });

  it("only uses characters a TOP sid and a URL carry safely", () => {
    expect(generateSid()).toMatch(/^s-\d{14}-[0-9a-z]{6}$/);
  });
});
