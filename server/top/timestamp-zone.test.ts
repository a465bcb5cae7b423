import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// Runs the formatter in child processes with different TZ values: the answer must be the same.
const script = `import("./server/top/timestamp.ts").then(m => process.stdout.write(m.formatTopTimestamp(new Date("2016-01-01T04:00:00Z"))))`;

describe("formatTopTimestamp on hosts in any time zone", () => {
  for (const tz of ["UTC", "America/Los_Angeles", "Asia/Kolkata", "Asia/Shanghai"]) {
    it(`gives China time under TZ=${tz}`, () => {
      const out = execFileSync(process.execPath, ["--import", "tsx", "-e", script], {
        env: { ...process.env, TZ: tz },
        encoding: "utf8",
      });
      expect(out).toBe("2016-01-01 12:00:00");
    });
  }
});
