import type { BrowserContext, Page } from "playwright-core";
import { z } from "zod";

// When something first shows, timed by the page itself. Playwright's waitFor polls with a backoff
// (0, 20, 50, 100, 100, then every 500 ms), so a time read after it returns lands on that grid: a
// screen usable at 400 ms read as 770 or 1270 ms. Here a check runs on every animation frame in the
// page and keeps the performance.now() of the first frame at which a matching element is laid out
// on screen; Playwright only fetches that number afterwards.

export interface SeenTarget {
  /** Elements to look at, as a CSS selector (cheap to run every frame). */
  selector: string;
  /** What one of them must read (its text content, trimmed). */
  text: RegExp;
}

interface SeenWindow {
  benchSeenAt?: Record<string, number>;
  benchWatch?: (key: string, selector: string, source: string, flags: string) => void;
}

// Runs in the page. A plain function without closures: Playwright sends its source.
function installWatcher(): void {
  const win = window as unknown as SeenWindow;
  win.benchSeenAt = {};
  win.benchWatch = (key, selector, source, flags) => {
    const pattern = new RegExp(source, flags);
    const check = (now: number) => {
      for (const element of Array.from(document.querySelectorAll(selector))) {
        if (!pattern.test((element.textContent ?? "").trim())) continue;
        const box = element.getBoundingClientRect();
        if (box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight) {
          (win.benchSeenAt ??= {})[key] = now;
          return;
        }
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  };
}

/** Makes every page of the context able to time what it shows (call before its first navigation). */
export async function enableSeenAt(context: BrowserContext): Promise<void> {
  await context.addInitScript(installWatcher);
}

/** Starts watching for the target in a page whose document is already loaded. */
export async function watchFor(page: Page, key: string, target: SeenTarget): Promise<void> {
  await page.evaluate(({ key, selector, source, flags }) => {
    const watch = (window as unknown as SeenWindow).benchWatch;
    if (!watch) throw new Error("seen-at: call enableSeenAt(context) before the page's first navigation");
    watch(key, selector, source, flags);
  }, {
    key,
    selector: target.selector,
    source: target.text.source,
    flags: target.text.flags,
  });
}

/** Starts watching as soon as each new document of the context starts (for timing a page load). */
export async function watchFromStart(context: BrowserContext, key: string, target: SeenTarget): Promise<void> {
  await context.addInitScript(
    ({ key, selector, source, flags }) => {
      // Init scripts run in order: installWatcher has run.
      (window as unknown as SeenWindow).benchWatch?.(key, selector, source, flags);
    },
    { key, selector: target.selector, source: target.text.source, flags: target.text.flags },
  );
}

/** The page's performance.now() when the target first showed; waits for it (up to the timeout). */
export async function seenAt(page: Page, key: string, timeoutMs = 30_000): Promise<number> {
  const handle = await page.waitForFunction((key) => (window as unknown as SeenWindow).benchSeenAt?.[key], key, { timeout: timeoutMs });
  return z.number().parse(await handle.jsonValue());
}
