import { describe, expect, it } from "vitest";
import { qrDisplaySize, qrFileName, quietZoneModules } from "./qr-image.ts";

describe("QR code size", () => {
  it("gives every module at least 4 whole pixels, however long the link", () => {
    for (const modules of [21, 45, 57, 77, 101, 177]) {
      const cells = modules + 2 * quietZoneModules;
      const size = qrDisplaySize(cells);
      expect(Number.isInteger(size / cells), `${modules} modules`).toBe(true);
      expect(size / cells, `${modules} modules`).toBeGreaterThanOrEqual(4);
    }
  });

  it("keeps a short code readable-sized rather than tiny", () => {
    expect(qrDisplaySize(29)).toBe(29 * 7);
    expect(qrDisplaySize(65)).toBe(65 * 4);
  });

  it("names the file after the session", () => {
    expect(qrFileName("s-42.a")).toBe("dingtalk-group-qr-s-42.a.png");
  });
});
