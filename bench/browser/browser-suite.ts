import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { z } from "zod";
import { MissingBuildError } from "../bundle/bundle-sizes.ts";
import { benchAgent, addUser } from "../lib/bench-user.ts";
import { startBffProcess } from "../lib/console-processes.ts";
import { webDist } from "../lib/paths.ts";
import type { BenchOptions, Suite } from "../lib/suite.ts";
import { renderBrowser } from "./browser-report.ts";
import { chatPaneSchema, measureChatPane } from "./chat-pane.ts";
import { firstScreenSchema, measureFirstScreen } from "./first-screen.ts";
import { launchChromium } from "./launch.ts";
import { chatSid, seedLongChat } from "./seed-chat.ts";

// The built app (dist/web) served by the BFF, as in production, in Chromium: the first screen of a
// signed-in agent, and a 10,000-message conversation. The BFF runs on its embedded sandbox with a
// DATA_DIR seeded beforehand.

export const browserSchema = z.object({ firstScreen: firstScreenSchema, chatPane: chatPaneSchema });
export type BrowserResult = z.infer<typeof browserSchema>;

const CHAT_MESSAGES = 10_000;

async function run({ quick, log }: BenchOptions): Promise<BrowserResult> {
  if (!existsSync(path.join(webDist, "index.html"))) throw new MissingBuildError();
  const dataDir = mkdtempSync(path.join(tmpdir(), "bench-browser-"));
  try {
    await addUser(dataDir);
    await seedLongChat(dataDir, benchAgent, CHAT_MESSAGES);
    const bff = await startBffProcess({ dataDir });
    const browser = await launchChromium();
    try {
      log("browser: first screen");
      const firstScreen = await measureFirstScreen(browser, bff.url, benchAgent, chatSid, quick ? 2 : 5);
      log(`browser: chat pane with ${CHAT_MESSAGES.toLocaleString("en-US")} messages`);
      const chat = { messages: CHAT_MESSAGES, newestMarker: `#${CHAT_MESSAGES - 1}`, oldestMarker: "#0" };
      // The whole history, back to the first message: about 40 s at 600 px a frame; the cap only
      // ends a run that cannot get there.
      const chatPane = await measureChatPane(browser, bff.url, benchAgent, chat, quick ? 4 : 120, quick ? 2 : 5);
      return { firstScreen, chatPane };
    } finally {
      await browser.close();
      await bff.child.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const browserSuite: Suite<BrowserResult> = { name: "browser", title: "Browser", schema: browserSchema, run, render: renderBrowser };
