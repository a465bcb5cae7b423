import { describe, expect, it } from "vitest";
import { safeUrl } from "./safe-url.ts";

describe("safeUrl", () => {
  it("keeps absolute http(s) addresses, canonical", () => {
    expect(safeUrl("https://Example.com/a b")).toBe("https://example.com/a%20b");
    expect(safeUrl(" http://example.com ")).toBe("http://example.com/");
  });

  it("refuses every other scheme and relative paths", () => {
    for (const raw of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:image/png;base64,AAAA", "mailto:a@b.c", "ftp://e.com/x", "/relative", "#top", "vbscript:x", ""]) {
      expect(safeUrl(raw), raw).toBeUndefined();
    }
  });
});
