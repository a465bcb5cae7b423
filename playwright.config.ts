import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/chromium.ts";

// Browser tests run Debian's Chromium (no browser download is possible here) against the built app
// served by the real BFF, which starts the embedded TOP sandbox on a fixed port so tests can reach
// its fault-injection admin routes. `npm test` builds the app before this runs.
// Overridable so two suites (say, CI's clone and a developer's tree) can run side by side.
export const BFF_PORT = Number(process.env.E2E_BFF_PORT ?? 18787);
export const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 18788);
/**
 * A host site of the embed tests (e2e/customer-widget.spec.ts serves its page): another origin on
 * the same site, since over http the visitor cookie is SameSite=Lax, which a cross-site frame would
 * not keep (over https it is SameSite=None; Partitioned).
 */
export const EMBED_TEST_ORIGIN = `http://127.0.0.1:${BFF_PORT + 2}`;
/** Shared with that host site to sign its member ids; a test-only value. */
export const EMBED_SECRET = "e2e-embed-secret-not-for-production";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: `http://127.0.0.1:${BFF_PORT}`,
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    locale: "en-US",
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "node --import tsx server/index.ts",
    url: `http://127.0.0.1:${BFF_PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(BFF_PORT),
      HOST: "127.0.0.1",
      SANDBOX_PORT: String(SANDBOX_PORT),
      DATA_DIR: ":memory:",
      LOG_LEVEL: "warn",
      // Every test signs in as the same demo accounts, many at once: the default cap of 5 live
      // streams per user would close the streams of tests running beside each other.
      STREAMS_PER_USER: "100",
      STREAM_CHECK_SECONDS: "1",
      EMBED_ALLOWED_ORIGINS: EMBED_TEST_ORIGIN,
      EMBED_SECRET,
    },
  },
});
