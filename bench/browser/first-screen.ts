import type { Browser } from "playwright-core";
import { z } from "zod";
import type { BenchUser } from "../lib/bench-user.ts";
import { distribution, round } from "../lib/stats.ts";
import { signedInContext } from "./launch.ts";
import { enableSeenAt, seenAt, watchFromStart } from "./seen-at.ts";

// Time to the first usable screen of a signed-in agent, on a first visit: from navigation start to
// the first frame with both the "New session" button and the agent's session list (a row of the
// seeded session) on screen, timed by the page itself (seen-at.ts), next to the navigation and paint
// timings.

export const firstScreenSchema = z.object({
  runs: z.number(),
  usableMs: z.object({ p50: z.number(), min: z.number(), max: z.number() }),
  firstContentfulPaintMs: z.number(),
  domContentLoadedMs: z.number(),
  transferredKB: z.number(),
});
export type FirstScreen = z.infer<typeof firstScreenSchema>;

const newSessionButton = /^(New session|新建会话)$/;

interface PageTimings {
  usable: number;
  fcp: number;
  dcl: number;
  transferred: number;
}

/** `listedSid`: a session of the user's, whose row in the list shows the list has loaded. */
export async function measureFirstScreen(browser: Browser, baseUrl: string, user: BenchUser, listedSid: string, runs: number): Promise<FirstScreen> {
  const samples: PageTimings[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await signedInContext(browser, baseUrl, user);
    try {
      await enableSeenAt(context);
      await watchFromStart(context, "button", { selector: "button", text: newSessionButton });
      await watchFromStart(context, "list", { selector: "nav a", text: new RegExp(listedSid) });
      const page = await context.newPage();
      await page.goto("/", { waitUntil: "commit" });
      const usable = Math.max(await seenAt(page, "button"), await seenAt(page, "list"));
      // What the page saw is what a user finds: the button, by its role and name.
      await page.getByRole("button", { name: newSessionButton }).first().waitFor({ state: "visible", timeout: 30_000 });
      samples.push(
        await page.evaluate((usable): PageTimings => {
          const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
          const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN;
          const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
          const transferred = [navigation, ...resources].reduce((sum, entry) => sum + (entry?.transferSize ?? 0), 0);
          return { usable, fcp, dcl: navigation?.domContentLoadedEventEnd ?? Number.NaN, transferred };
        }, usable),
      );
    } finally {
      await context.close();
    }
  }
  const usable = distribution(samples.map((s) => s.usable));
  const median = (pick: (s: PageTimings) => number) => round(distribution(samples.map(pick)).p50, 0);
  return {
    runs,
    usableMs: { p50: round(usable.p50, 0), min: round(Math.min(...samples.map((s) => s.usable)), 0), max: round(usable.max, 0) },
    firstContentfulPaintMs: median((s) => s.fcp),
    domContentLoadedMs: median((s) => s.dcl),
    transferredKB: round(median((s) => s.transferred) / 1000, 1),
  };
}
