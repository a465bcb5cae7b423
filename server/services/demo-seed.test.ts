import { describe, expect, it } from "vitest";
import { startTestConsole } from "../testing/test-console.ts";
import { seedDemoConversations } from "./demo-seed.ts";
import { loadConfig } from "../config.ts";
import { TEST_APP_KEY, TEST_SECRET } from "../testing/test-console.ts";
import { TopClient } from "../top/client.ts";

describe("demo seed", () => {
  it("seeds two-sided conversations the sandbox knows too (waiting, stale, closed), once", async () => {
    const c = await startTestConsole();
    try {
      const { defaults } = loadConfig({});
      const seeded = await seedDemoConversations({ top: topOf(c), store: c.store, defaults });
      expect(seeded).toBe(6);
      const all = (await c.requestAs("supervisor", "GET", "/api/sessions?limit=50")).body.items as Array<Record<string, unknown>>;
      expect(all).toHaveLength(6);
      expect(all.filter((s) => s.status === "closed")).toHaveLength(1);
      expect(all.at(-1)?.status).toBe("closed");
      expect(all.filter((s) => s.agent === undefined).length).toBeGreaterThan(0);
      expect(all.filter((s) => s.waiting_since !== undefined).length).toBeGreaterThan(1);
      const stale = (await c.requestAs("supervisor", "GET", "/api/board/sessions?idle_minutes=30")).body;
      expect(JSON.stringify(stale)).toContain("张小姐");
      const platform = c.sandbox.state.snapshot();
      expect(platform.sessions).toHaveLength(6);
      expect(platform.messages.length).toBe(14);
      expect(await seedDemoConversations({ top: topOf(c), store: c.store, defaults })).toBe(0);
    } finally {
      await c.close();
    }
  });
});

function topOf(c: Awaited<ReturnType<typeof startTestConsole>>) {
  return new TopClient({ gatewayUrl: c.sandbox.url, appKey: TEST_APP_KEY, appSecret: TEST_SECRET, signMethod: "hmac-sha256", timeoutMs: 2_000, maxAttempts: 3, retryBaseMs: 5 });
}
