import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, test as base, expect, type Page } from "@playwright/test";
import { SANDBOX_PORT } from "../playwright.config.ts";

// Shared fixtures: every test fails on an unexpected console error, and can scan a screen with axe,
// keep a screenshot of it as an artifact, and inject faults into the sandbox gateway.

export const sandboxAdmin = `http://127.0.0.1:${SANDBOX_PORT}/__sandbox`;

/** The demo accounts the BFF seeds in sandbox mode (see server/auth/demo-users.ts). */
export const demoAccounts = {
  agent: { username: "agent", password: "agent-demo-pass" },
  agent2: { username: "agent-2", password: "agent-2-demo-pass" },
  supervisor: { username: "supervisor", password: "supervisor-demo-pass" },
} as const;
export type DemoRole = keyof typeof demoAccounts | "anonymous";

interface Options {
  /** Who the page is signed in as before the test starts; "anonymous" for the sign-in flow itself. */
  signedInAs: DemoRole;
}

interface Fixtures {
  /** Runs axe on the page and fails on serious or critical violations. */
  expectAccessible: (screen: string) => Promise<void>;
  /** Saves a full-page screenshot under e2e/artifacts/<name>.png. */
  snapshot: (name: string) => Promise<void>;
  sandbox: {
    addFault: (spec: Record<string, unknown>) => Promise<void>;
    clearFaults: () => Promise<void>;
    state: () => Promise<unknown>;
  };
}

/** The header every API call from a test needs to pass the BFF's CSRF check. */
export const csrf = { "x-requested-with": "lyservice-console" } as const;

/** A second browser (its own cookies) signed in through the API, e.g. an agent watching while a supervisor acts. */
export async function signedInContext(browser: Browser, baseURL: string | undefined, role: keyof typeof demoAccounts): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  const res = await context.request.post("/api/auth/login", { data: demoAccounts[role], headers: csrf });
  expect(res.ok()).toBe(true);
  return context;
}

export const test = base.extend<Fixtures & Options>({
  signedInAs: ["agent", { option: true }],
  page: async ({ page, signedInAs }, use) => {
    if (signedInAs !== "anonymous") {
      // Signing in through the API shares the cookie with the page: tests start on a signed-in console.
      const res = await page.request.post("/api/auth/login", {
        data: demoAccounts[signedInAs],
        headers: { "x-requested-with": "lyservice-console" },
      });
      expect(res.ok()).toBe(true);
    }
    const errors: string[] = [];
    page.on("console", (msg) => {
      // Failed requests the test provoked on purpose show as console errors; they are asserted in the UI.
      if (msg.type() === "error" && !msg.text().includes("Failed to load resource")) errors.push(msg.text());
    });
    page.on("pageerror", (err) => errors.push(err.message));
    await use(page);
    expect(errors, "unexpected console errors").toEqual([]);
  },
  expectAccessible: async ({ page }, use) => {
    await use(async (screen: string) => {
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${screen}: ${v.id} ${v.help} (${v.nodes.length})`)).toEqual([]);
    });
  },
  // API calls made by a test act as the page's user (same cookies) and pass the CSRF check.
  request: async ({ page }, use) => {
    await use(page.request);
  },
  snapshot: async ({ page }, use) => {
    await use(async (name: string) => {
      await page.screenshot({ path: `e2e/artifacts/${name}.png`, fullPage: true });
    });
  },
  sandbox: async ({ playwright }, use) => {
    // The sandbox's admin routes live on another port, outside the console's sign-in.
    const request = await playwright.request.newContext();
    await use({
      addFault: async (spec) => {
        const res = await request.post(`${sandboxAdmin}/faults`, { data: spec });
        expect(res.ok()).toBe(true);
      },
      clearFaults: async () => {
        await request.delete(`${sandboxAdmin}/faults`);
      },
      state: async (): Promise<unknown> => (await request.get(`${sandboxAdmin}/state`)).json() as Promise<unknown>,
    });
    await request.delete(`${sandboxAdmin}/faults`);
    await request.dispose();
  },
});

export { expect };
export type { Page };
