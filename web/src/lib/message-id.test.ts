import { describe, expect, it } from "vitest";
import { isValidMessageId, newMessageId } from "./message-id.ts";

describe("newMessageId", () => {
  it("matches the contract's message_id rule", () => {
    for (let i = 0; i < 200; i++) expect(isValidMessageId(newMessageId())).toBe(true);
  });

  it("is unique across many ids made in the same millisecond", () => {
    const now = 1_700_000_000_000;
    const ids = new Set(Array.from({ length: 5000 }, () => newMessageId(now)));
    expect(ids.size).toBe(5000);
  });

  it("starts with m and the time in base 36, so ids sort roughly by creation", () => {
    const fixed = () => new Uint8Array(10);
    expect(newMessageId(1_700_000_000_000, fixed)).toBe(`m${(1_700_000_000_000).toString(36)}0000000000`);
    expect(newMessageId(1, fixed) < newMessageId(36 ** 8, fixed)).toBe(true);
  });

  it("rejects ids the BFF would refuse", () => {
    expect(isValidMessageId("has space")).toBe(false);
    expect(isValidMessageId("x".repeat(65))).toBe(false);
    expect(isValidMessageId("")).toBe(false);
  });
});
