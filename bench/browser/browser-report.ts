import { table } from "../lib/markdown.ts";
import type { BrowserResult } from "./browser-suite.ts";

// RESULTS.md section of the browser suite.

export function renderBrowser({ firstScreen: f, chatPane: c }: BrowserResult): string {
  const parts = [
    `**First usable screen** (signed-in agent, first visit, empty cache; Chromium, 1280×800; median of ${f.runs} loads): ` +
      "from navigation start to the “New session” button being visible.",
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
        `to its newest message visible, median of ${c.openMs.runs}): ${c.openMs.p50} ms (fastest ${c.openMs.min} ms, slowest ${c.openMs.max} ms).`,
    );
  }
  parts.push(
    `**Chat pane with ${c.messages.toLocaleString("en-US")} messages** (\`/?sid=…\`): newest message visible ${c.renderMs} ms ` +
      `after navigation start, with ${c.domRows} rows in the DOM. Then scrolled back ${c.stepPx} px per animation frame ` +
      `for ${s.seconds} s (${s.scrolledPx.toLocaleString("en-US")} px; older pages load as the top nears); a frame is dropped when ` +
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
  return parts.join("\n\n");
}
