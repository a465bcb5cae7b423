import { type Browser, type BrowserContext, chromium } from "playwright-core";
import { chromiumLaunchOptions } from "../../e2e/chromium.ts";
import type { BenchUser } from "../lib/bench-user.ts";
import { sameOriginHeader } from "../lib/console-client.ts";

// Debian's Chromium with the flags this machine needs (no sandbox as root, no GPU, nothing that
// phones home), and a fresh signed-in context per measurement: an empty HTTP cache each time, so
// every load is a first visit.

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

export async function signedInContext(browser: Browser, baseUrl: string, user: BenchUser): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: "en-US", viewport: { width: 1280, height: 800 } });
  // tsx compiles with esbuild's keepNames, which wraps inner functions in __name(); a function passed
  // to evaluate() runs in the page, where that helper does not exist.
  await context.addInitScript("globalThis.__name = (fn) => fn;");
  // The API request shares the context's cookie jar: the page starts signed in.
  const res = await context.request.post("/api/auth/login", {
    headers: sameOriginHeader,
    data: { username: user.username, password: user.password },
  });
  if (!res.ok()) throw new Error(`sign-in as ${user.username} failed: HTTP ${res.status()}`);
  return context;
}
