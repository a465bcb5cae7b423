import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("runs on the sandbox with no configuration at all", () => {
    const config = loadConfig({});
    expect(config.mode).toBe("sandbox");
    expect(config.top.signMethod).toBe("hmac-sha256");
    expect(config.top.timeoutMs).toBe(10_000);
    expect(config.defaults.session_source).toBe("XSpace");
  });

  it("keeps the store in SQLite under DATA_DIR unless DATABASE_URL names a PostgreSQL database", () => {
    expect(loadConfig({ DATA_DIR: "/srv/console" }).database).toEqual({ engine: "sqlite", dataDir: "/srv/console" });
    expect(loadConfig({ DATABASE_URL: "" }).database).toEqual({ engine: "sqlite", dataDir: "data/sandbox" });
    for (const url of ["postgres://console:pw@db:5432/console", "postgresql://db/console"]) {
      expect(loadConfig({ DATABASE_URL: url }).database).toEqual({ engine: "postgres", url });
    }
  });

  it("refuses a DATABASE_URL of another kind, naming the variable and not echoing the URL", () => {
    for (const url of ["mysql://root:hunter2@db/console", "sqlite:///tmp/x", "db:5432"]) {
      let problems: string[] = [];
      try {
        loadConfig({ DATABASE_URL: url });
      } catch (error) {
        if (error instanceof ConfigError) problems = error.problems;
      }
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^DATABASE_URL: /);
      expect(problems[0]).not.toContain("hunter2");
    }
  });

  it("talks to the real platform when gateway, key and secret are all set", () => {
    const config = loadConfig({
      TOP_GATEWAY_URL: "https://gw.api.taobao.com/router/rest",
      TOP_APP_KEY: "k",
      TOP_APP_SECRET: "s",
      LY_BU_ID: "7",
      LY_SERVICE_ID: "svc",
      LY_OPERATOR_ID: "op",
    });
    expect(config.mode).toBe("live");
    expect(config.defaults.open_instance_id).toBeUndefined();
  });

  it("lists every problem at once", () => {
    let error: unknown;
    try {
      loadConfig({ TOP_APP_KEY: "k", PORT: "http", TOP_SIGN_METHOD: "sha1" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join("\n");
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/TOP_SIGN_METHOD/);
    expect(problems).toMatch(/TOP_GATEWAY_URL: set all of/);
  });

  it("requires the business identity with a real gateway", () => {
    expect(() =>
      loadConfig({ TOP_GATEWAY_URL: "https://gw.example.com/router/rest", TOP_APP_KEY: "k", TOP_APP_SECRET: "s" }),
    ).toThrow(/LY_BU_ID: required with a real gateway/);
  });

  it("checks TRUST_PROXY as Express compiles it, listing a bad one with the other problems", () => {
    expect(loadConfig({ TRUST_PROXY: "loopback,10.0.0.0/8" }).security.trustProxy).toEqual(["loopback", "10.0.0.0/8"]);
    expect(loadConfig({ TRUST_PROXY: "1" }).security.trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "true" }).security.trustProxy).toBe(true);
    for (const [value, why] of [["abc", /invalid IP address: abc/], ["10.0.0.0/99", /invalid range on address/], ["loopback,", /empty entry/]] as const) {
      let error: unknown;
      try {
        loadConfig({ TRUST_PROXY: value, PORT: "http" });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join("\n");
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(new RegExp(`TRUST_PROXY: .*${why.source}`));
    }
  });
});
