import { describe, expect, it } from "vitest";
import { sandboxDemoAppKey, sandboxDemoAppSecret } from "./defaults.ts";
import { parseSandboxEnv } from "./sandbox-env.ts";

describe("parseSandboxEnv", () => {
  it("falls back to loopback, port 8788, the demo credentials and no faults", () => {
    expect(parseSandboxEnv({ SANDBOX_PORT: "" })).toEqual({
      ok: true,
      env: { host: "127.0.0.1", port: 8788, appKey: sandboxDemoAppKey, appSecret: sandboxDemoAppSecret, faults: [], dataDir: undefined },
    });
  });

  it("reads every variable, SANDBOX_FAULTS as one spec or a list", () => {
    const parsed = parseSandboxEnv({
      SANDBOX_HOST: "0.0.0.0",
      SANDBOX_PORT: "9000",
      SANDBOX_APP_KEY: "k",
      SANDBOX_APP_SECRET: "s",
      SANDBOX_FAULTS: '{"kind":"latency","latencyMs":50,"times":0}',
      SANDBOX_DATA_DIR: "/var/lib/sandbox",
    });
    expect(parsed).toEqual({
      ok: true,
      env: {
        host: "0.0.0.0",
        port: 9000,
        appKey: "k",
        appSecret: "s",
        faults: [{ kind: "latency", latencyMs: 50, times: 0 }],
        dataDir: "/var/lib/sandbox",
      },
    });
  });

  it("lists every problem at once", () => {
    const parsed = parseSandboxEnv({ SANDBOX_PORT: "70000", SANDBOX_FAULTS: "[{]" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toHaveLength(2);
    expect(parsed.problems[0]).toMatch(/^SANDBOX_PORT/);
    expect(parsed.problems[1]).toBe("SANDBOX_FAULTS: not JSON");
  });

  it("names the faulty field of a fault spec", () => {
    const parsed = parseSandboxEnv({ SANDBOX_FAULTS: '[{"kind":"drop"},{"kind":"error_response"}]' });
    expect(parsed).toEqual({ ok: false, problems: [expect.stringMatching(/^SANDBOX_FAULTS\.1\.error: /)] });
  });
});
