import { table } from "../lib/markdown.ts";
import type { BrowserResult } from "./browser-suite.ts";

// RESULTS.md section of the browser suite.

export function renderBrowser({ firstScreen: f, chatPane: c }: BrowserResult): string {
  const parts = [
    `**First usable screen** (signed-in agent, first visit, empty cache; Chromium, 1280×800; median of ${f.runs} loads): ` +
      "from navigation start to the first frame showing both the “New session” button and the session list, timed in the page on every animation frame " +
      "(Playwright's own waiting polls every 500 ms after the first 270 ms, which put earlier figures on that grid).",
    table(
      ["usable (p50)", "fastest", "slowest", "first contentful paint", "DOMContentLoaded", "transferred"],
      [[`${f.usableMs.p50} ms`, `${f.usableMs.min} ms`, `${f.usableMs.max} ms`, `${f.firstContentfulPaintMs} ms`, `${f.domContentLoadedMs} ms`, `${f.transferredKB} kB`]],
    ),
  ];
  if (!c.available) {
    parts.push(`**Chat pane**: not measured: ${c.reason}.`);
    return parts.join("\n\n");
  }
  const s = c.scroll;
  if (c.openMs) {
    parts.push(
      `**Opening the ${c.messages.toLocaleString("en-US")}-message session from the list** (the console already on screen; from the click on its row ` +
        `to the first frame showing its newest message, median of ${c.openMs.runs}): ${c.openMs.p50} ms (fastest ${c.openMs.min} ms, slowest ${c.openMs.max} ms).`,
    );
  }
  parts.push(
    `**Chat pane with ${c.messages.toLocaleString("en-US")} messages** (\`/?sid=…\`): newest message visible ${c.renderMs} ms ` +
      `after navigation start, with ${c.domRows} rows in the DOM. Then scrolled back ${c.stepPx} px per animation frame ` +
      `until the first message or ${s.seconds} s (${s.scrolledPx.toLocaleString("en-US")} px; older pages load as the top nears); a frame is dropped when ` +
      "it takes over 33.4 ms (two at 60 Hz); a long task is one over 50 ms, “right after a page” when it began within 0.5 s of an older page arriving.",
    table(
      ["frames", "dropped", "p95 frame", "longest frame", "long tasks", "of them right after a page", "pages fetched", "messages loaded", "reached the first message"],
      [
        [
          s.frames,
          `${s.droppedFrames} (${s.droppedPercent} %)`,
          `${s.p95FrameMs} ms`,
          `${s.longestFrameMs} ms`,
          `${s.longTasks} (${s.longTaskMs} ms)`,
          s.longTasksAfterAPage,
          s.pagesFetched,
          s.messagesLoaded ?? "n/a",
          s.reachedStart ? "yes" : "no",
        ],
      ],
    ),
  );
  const targets: Array<[string, string, boolean]> = [
    ["first usable screen ≤ 600 ms (p50)", `${f.usableMs.p50} ms`, f.usableMs.p50 <= 600],
  ];
  if (c.openMs) targets.push(["newest message ≤ 400 ms after opening the session (p50)", `${c.openMs.p50} ms`, c.openMs.p50 <= 400]);
  targets.push(
    ["the scroll reaches the first message", s.reachedStart ? "yes" : "no", s.reachedStart],
    ["no long task over 50 ms while scrolling", `${s.longTasks}`, s.longTasks === 0],
    ["≤ 1 % dropped frames while scrolling", `${s.droppedPercent} %`, s.droppedPercent <= 1],
  );
  parts.push("**Targets**:", table(["target", "measured", "verdict"], targets.map(([target, measured, holds]) => [target, measured, holds ? "✅ holds" : "❌ misses"])));
  return parts.join("\n\n");
}
