import { describe, expect, it } from "vitest";
import { describePostgresUrl, passwordRedactor } from "./database-config.ts";

describe("what a log line may show of a DATABASE_URL", () => {
  it("names host, port and database, and hides the password wherever a message quotes it", () => {
    const url = "postgres://console:s%40cret!@db.internal:6543/console";
    expect(describePostgresUrl(url)).toBe("db.internal:6543/console");
    const redact = passwordRedactor(url);
    expect(redact("password authentication failed for s@cret! (s@cret!)")).toBe("password authentication failed for *** (***)");
    expect(passwordRedactor("postgres://console@db/console")("nothing to hide")).toBe("nothing to hide");
  });
});
