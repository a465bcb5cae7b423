import type { Browser, Locator, Page } from "playwright-core";
import { z } from "zod";
import type { BenchUser } from "../lib/bench-user.ts";
import { distribution, round } from "../lib/stats.ts";
import { signedInContext } from "./launch.ts";
import { enableSeenAt, type SeenTarget, seenAt, watchFor, watchFromStart } from "./seen-at.ts";
import { chatSid } from "./seed-chat.ts";

// A conversation of 10,000 messages, opened two ways: at /?sid=… (time from navigation start, so the
// app's own start is in it), and as an agent opens it, by clicking its row in the session list of a
// console already on screen (time from the click: what the agent waits for). Then how many rows the
// DOM holds, and a scroll back through its history driven one step per animation frame, counting
// frames that took longer than two at 60 Hz (dropped) and long tasks.
// The pane is found as a user finds it: the region (or log) named "Messages".

const scrollSchema = z.object({
  seconds: z.number(),
  frames: z.number(),
  droppedFrames: z.number(),
  droppedPercent: z.number(),
  p95FrameMs: z.number(),
  longestFrameMs: z.number(),
  longTasks: z.number(),
  longTaskMs: z.number(),
  /** Older pages of messages fetched during the scroll. */
  pagesFetched: z.number(),
  /** Long tasks that began within half a second after a page arrived: rendering the page. */
  longTasksAfterAPage: z.number(),
  scrolledPx: z.number(),
  /** Messages loaded into the list by the end (its aria-setsize). */
  messagesLoaded: z.number().nullable(),
  reachedStart: z.boolean(),
});

export const chatPaneSchema = z.discriminatedUnion("available", [
  z.object({
    available: z.literal(true),
    messages: z.number(),
    renderMs: z.number(),
    /** From the click on the session's row in the list to its newest message visible (median of the runs). */
    openMs: z.object({ p50: z.number(), min: z.number(), max: z.number(), runs: z.number() }).optional(),
    domRows: z.number(),
    stepPx: z.number(),
    scroll: scrollSchema,
  }),
  z.object({ available: z.literal(false), reason: z.string() }),
]);
export type ChatPane = z.infer<typeof chatPaneSchema>;

const DROPPED_FRAME_MS = 2 * (1000 / 60);
const STEP_PX = 600;

export interface SeededChat {
  messages: number;
  /** The text marking the newest and the oldest message (each is unique in the conversation). */
  newestMarker: string;
  oldestMarker: string;
}

const messagesName = /^(Messages|消息)$/;
/** A message row showing the marker (and not a longer number that starts with it). */
const rowWith = (marker: string): SeenTarget => ({ selector: "li", text: new RegExp(`${marker.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\d)`) });
const messagesList = (page: Page) => page.getByRole("region", { name: messagesName }).or(page.getByRole("log", { name: messagesName })).first();

/** Clicks the session's row in the list of a console already loaded, and times the newest message's arrival. */
async function measureOpen(browser: Browser, baseUrl: string, user: BenchUser, chat: SeededChat): Promise<number> {
  const context = await signedInContext(browser, baseUrl, user);
  try {
    await enableSeenAt(context);
    const page = await context.newPage();
    await page.goto("/", { waitUntil: "load" });
    const row = page.getByRole("navigation", { name: /^(Sessions|会话)$/ }).getByRole("link", { name: new RegExp(chatSid) });
    await row.waitFor({ state: "visible", timeout: 30_000 });
    // Timed in the page from the click to the first frame showing the newest message (seen-at.ts),
    // not by Playwright's polling.
    await watchFor(page, "newest", rowWith(chat.newestMarker));
    const clickedAt = await row.evaluate((element: HTMLElement) => {
      const at = performance.now();
      element.click();
      return at;
    });
    const shownAt = await seenAt(page, "newest");
    await messagesList(page).getByText(chat.newestMarker).waitFor({ state: "visible", timeout: 30_000 });
    return shownAt - clickedAt;
  } finally {
    await context.close();
  }
}

export async function measureChatPane(
  browser: Browser,
  baseUrl: string,
  user: BenchUser,
  chat: SeededChat,
  scrollSeconds: number,
  openRuns = 5,
): Promise<ChatPane> {
  const opens: number[] = [];
  for (let run = 0; run < openRuns; run++) opens.push(await measureOpen(browser, baseUrl, user, chat));
  const open = distribution(opens);
  const openMs = { p50: round(open.p50, 0), min: round(Math.min(...opens), 0), max: round(open.max, 0), runs: openRuns };
  const context = await signedInContext(browser, baseUrl, user);
  try {
    await enableSeenAt(context);
    await watchFromStart(context, "newest", rowWith(chat.newestMarker));
    const page = await context.newPage();
    await page.goto(`/?sid=${encodeURIComponent(chatSid)}`, { waitUntil: "commit" });
    const list = messagesList(page);
    let renderMs: number;
    try {
      renderMs = round(await seenAt(page, "newest"), 0);
      await list.getByText(chat.newestMarker).waitFor({ state: "visible", timeout: 30_000 });
    } catch {
      const reason = `no region or log named “Messages” showing the newest message at /?sid=${chatSid} within 30 s`;
      return { available: false, reason };
    }
    const domRows = await list.locator("li").count();
    const scroll = await scrollToStart(list, chat.oldestMarker, scrollSeconds);
    return { available: true, messages: chat.messages, renderMs, openMs, domRows, stepPx: STEP_PX, scroll };
  } finally {
    await context.close();
  }
}

async function scrollToStart(list: Locator, oldestMarker: string, seconds: number) {
  const run = await list.evaluate(
    async (element, { seconds, step, oldestMarker }) => {
      const deltas: number[] = [];
      const longTasks: Array<{ start: number; duration: number }> = [];
      const pagesArrived: number[] = [];
      const observer = new PerformanceObserver((entries) => {
        for (const entry of entries.getEntries()) {
          if (entry.entryType === "longtask") longTasks.push({ start: entry.startTime, duration: entry.duration });
          else if (entry.name.includes("/messages")) pagesArrived.push((entry as PerformanceResourceTiming).responseEnd);
        }
      });
      observer.observe({ type: "longtask" });
      observer.observe({ type: "resource" });
      const started = performance.now();
      let last = started;
      let scrolledPx = 0;
      let reachedStart = false;
      await new Promise<void>((resolve) => {
        const frame = (now: number) => {
          deltas.push(now - last);
          last = now;
          const before = element.scrollTop;
          element.scrollTop = Math.max(0, before - step);
          scrolledPx += before - element.scrollTop;
          reachedStart = element.scrollTop === 0 && (element.textContent ?? "").includes(oldestMarker);
          if (reachedStart || now - started > seconds * 1000) resolve();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      observer.disconnect();
      const afterAPage = longTasks.filter((task) => pagesArrived.some((at) => task.start >= at && task.start - at < 500));
      const setSize = element.querySelector("[aria-setsize]")?.getAttribute("aria-setsize");
      return {
        // The first delta runs from the start to the first frame: not a frame.
        deltas: deltas.slice(1),
        longTasks: longTasks.length,
        longTaskMs: longTasks.reduce((sum, task) => sum + task.duration, 0),
        pagesFetched: pagesArrived.length,
        longTasksAfterAPage: afterAPage.length,
        scrolledPx,
        seconds: (performance.now() - started) / 1000,
        messagesLoaded: setSize ? Number(setSize) : null,
        reachedStart,
      };
    },
    { seconds, step: STEP_PX, oldestMarker },
  );
  const frames = distribution(run.deltas);
  const dropped = run.deltas.filter((ms) => ms > DROPPED_FRAME_MS).length;
  return {
    seconds: round(run.seconds, 1),
    frames: frames.count,
    droppedFrames: dropped,
    droppedPercent: round((100 * dropped) / Math.max(1, frames.count), 1),
    p95FrameMs: round(frames.p95, 1),
    longestFrameMs: round(frames.max, 1),
    longTasks: run.longTasks,
    longTaskMs: round(run.longTaskMs, 0),
    pagesFetched: run.pagesFetched,
    longTasksAfterAPage: run.longTasksAfterAPage,
    scrolledPx: round(run.scrolledPx, 0),
    messagesLoaded: run.messagesLoaded,
    reachedStart: run.reachedStart,
  };
}
