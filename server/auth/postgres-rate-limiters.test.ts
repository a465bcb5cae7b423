import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVisitorLimits } from "../visitor/visitor-limits.ts";
import { openSqlDatabase } from "../store/sql/open-sql-database.ts";
import { type PostgresServer, startPostgres } from "../testing/postgres-server.ts";
import { createPostgresRateLimiters, type RateLimiters } from "./rate-limiters.ts";
import { createSignInLimiter, type SignInLimits } from "./sign-in-limiter.ts";

// Two factories on one throwaway PostgreSQL database stand for two BFF instances; the table is the one
// migration 16 makes (the limiters never create it).

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const limits = (failureWindowMs: number): SignInLimits => ({ maxFailuresPerAccount: 3, maxFailuresPerAddress: 100, failureWindowMs, accountCeiling: 100 });
const refusal = (attempt: Promise<unknown>) =>
  attempt.then(
    () => "allowed",
    (error: unknown) => (error as { code?: string }).code ?? (error instanceof Error ? error.message : "refused without a code"),
  );

describe("shared rate limits on PostgreSQL", () => {
  let server: PostgresServer;
  let url: string;
  const factories: RateLimiters[] = [];
  const instance = (at = url, warnings: Array<{ detail: object; message: string }> = []) => {
    const made = createPostgresRateLimiters(at, { warn: (detail, message) => warnings.push({ detail, message }) });
    factories.push(made);
    return made;
  };

  beforeAll(async () => {
    server = await startPostgres();
    url = await server.createDatabase("rate_limits");
    const migrated = await openSqlDatabase({ engine: "postgres", url });
    await migrated.close();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(factories.map((f) => f.close().catch(() => undefined)));
    await server?.stop();
  });

  it("counts failed sign-ins on A toward the block on B, and the block lifts for both when its window ends", async () => {
    const a = createSignInLimiter(limits(1_500), instance());
    const b = createSignInLimiter(limits(1_500), instance());
    await a.reserve("wang.li", "203.0.113.7");
    await a.reserve("Wang.Li", "203.0.113.7");
    await b.reserve("wang.li", "203.0.113.7");
    expect(await refusal(b.reserve("wang.li", "203.0.113.7"))).toBe("rate_limited");
    expect(await refusal(a.reserve("wang.li", "203.0.113.7"))).toBe("rate_limited");
    // Another address is not blocked: the pair is what three failures lock.
    await b.reserve("wang.li", "198.51.100.20");
    await sleep(1_700);
    expect(await refusal(b.reserve("wang.li", "203.0.113.7"))).toBe("allowed");
  });

  it("gives a successful sign-in's slots back on every instance", async () => {
    const a = createSignInLimiter(limits(60_000), instance());
    const b = createSignInLimiter(limits(60_000), instance());
    await a.reserve("li.na", "203.0.113.8");
    await a.reserve("li.na", "203.0.113.8");
    await (await b.reserve("li.na", "203.0.113.8")).succeeded();
    expect(await refusal(a.reserve("li.na", "203.0.113.8"))).toBe("allowed");
    expect(await refusal(b.reserve("li.na", "203.0.113.8"))).toBe("rate_limited");
  });

  it("counts a visitor's sends on both instances together", async () => {
    const perMinute = { visitorStartsPerHour: 10, addressStartsPerHour: 10, visitorSendsPerMinute: 2, addressSendsPerMinute: 100 };
    const a = createVisitorLimits(perMinute, instance());
    const b = createVisitorLimits(perMinute, instance());
    await a.send("v-1", "203.0.113.9");
    await b.send("v-1", "203.0.113.9");
    expect(await refusal(a.send("v-1", "203.0.113.9"))).toBe("rate_limited");
    expect(await refusal(b.send("v-2", "203.0.113.9"))).toBe("allowed");
  });

  it("with the database stopped, keeps limiting in this instance's memory, says so once, and never shows the password", async () => {
    const withPassword = new URL(url);
    withPassword.password = "s3cret-pw"; // the test cluster trusts loopback, so any password connects
    const warnings: Array<{ detail: object; message: string }> = [];
    const limiter = createSignInLimiter(limits(60_000), instance(withPassword.toString(), warnings));
    await limiter.reserve("zhao.lei", "203.0.113.10");
    expect(warnings).toEqual([]);
    await server.stop();
    // The database's count (one) is out of reach: the insurance counts from zero, to the same limit.
    for (let i = 0; i < 3; i++) expect(await refusal(limiter.reserve("zhao.lei", "203.0.113.10"))).toBe("allowed");
    expect(await refusal(limiter.reserve("zhao.lei", "203.0.113.10"))).toBe("rate_limited");
    expect(await refusal(limiter.reserve("zhao.lei", "198.51.100.30"))).toBe("allowed");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(/cannot reach PostgreSQL/);
    expect(JSON.stringify(warnings)).not.toContain("s3cret-pw");
  });
});
