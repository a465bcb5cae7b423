import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import Database from "better-sqlite3";
import { messageWriter } from "../bench/lib/seed-rows.ts";
import { type ConsoleProcess, freePort, startConsole } from "./console-process.ts";
import { csrf, demoAccounts, expect, test } from "./fixtures.ts";

// A long conversation (600 messages, written into the store of a BFF of the test's own): it opens on
// its newest message, older pages load as the agent scrolls up without moving what they read, and a
// message arriving while they read the history is announced by a button rather than a jump.

test.use({ signedInAs: "anonymous" });

const HISTORY = 600;
const marker = (n: number) => `history line ${String(n).padStart(4, "0")}`;

let dataDir: string;
let server: ConsoleProcess | undefined;

test.beforeEach(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "console-chat-pane-"));
  server = await startConsole({ port: await freePort(), dataDir });
});

test.afterEach(async () => {
  await server?.stop();
  server = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

async function seedLongChat(page: Page, origin: string, sid: string) {
  expect((await page.request.post(`${origin}/api/auth/login`, { headers: csrf, data: demoAccounts.agent })).ok()).toBe(true);
  const opened = await page.request.post(`${origin}/api/sessions`, {
    headers: csrf,
    data: { source: { sid, channel: "0", channel_uid: `u-${sid}`, channel_nick: "Long Chat" }, target: {} },
  });
  expect(opened.status()).toBe(201);
  const db = new Database(path.join(dataDir, "console.sqlite"));
  db.pragma("busy_timeout = 5000");
  const write = messageWriter(db);
  const start = Date.now() - HISTORY * 60_000;
  db.transaction(() => {
    for (let i = 0; i < HISTORY; i++) {
      // Every seventh message is long, so rows differ in height as real ones do.
      const text = i % 7 === 0 ? `${marker(i)} ${"A longer answer about the order and its delivery. ".repeat(6)}` : marker(i);
      write({ messageId: `h-${i}`, sid, content: text, senderType: i % 2 === 0 ? "1" : "4", status: "sent", createdAt: start + i * 60_000 });
    }
  })();
  db.close();
}

/** How far the reader is from the bottom of the list, in pixels. */
const fromBottom = (list: Locator) => list.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight);

test("a long chat opens on its newest message, keeps the reader's place as older pages load, and announces new messages", async ({ page, browser, expectAccessible }) => {
  test.setTimeout(120_000);
  const { origin } = server!;
  await seedLongChat(page, origin, "long-chat");
  await page.goto(`${origin}/?sid=long-chat`);
  const list = page.getByRole("region", { name: "Messages" });
  await expect(list.getByText(marker(HISTORY - 1))).toBeInViewport();
  expect(await fromBottom(list)).toBeLessThan(48);
  // Only the rows near the viewport are in the DOM.
  expect(await list.getByRole("listitem").count()).toBeLessThan(60);
  await page.screenshot({ path: "e2e/artifacts/chat-long-1366.png" });

  // Scroll up step by step as a reader would; a row in view stays where it is while older pages are prepended.
  const atTop = async () => (await list.evaluate((el) => el.scrollTop)) === 0 && (await list.getByText(marker(0)).count()) > 0;
  for (let step = 0; step < 300 && !(await atTop()); step++) {
    const first = list.getByRole("listitem").filter({ hasText: /history line/ }).nth(2);
    const text = ((await first.textContent()) ?? "").match(/history line \d{4}/)?.[0] ?? "";
    const reading = list.getByText(text, { exact: false }).first();
    const before = (await reading.boundingBox())?.y;
    await list.evaluate((el) => el.scrollBy(0, -500));
    const after = (await reading.boundingBox())?.y;
    // Moved by the scroll itself (500 px down the screen, less near the top), never by a page arriving above it.
    if (before !== undefined && after !== undefined) expect(after - before).toBeLessThanOrEqual(500 + 40);
    if (before !== undefined && after !== undefined) expect(after - before).toBeGreaterThanOrEqual(-40);
  }
  await expect(list.getByText("Start of the conversation")).toBeInViewport();
  await expect(list.getByText(marker(0))).toBeInViewport();
  await expect(list.getByRole("listitem").first()).toHaveAttribute("aria-setsize", String(HISTORY));

  // A message arriving while the agent reads the oldest ones does not move the view: a button says so.
  const supervisor = await browser.newContext({ baseURL: origin });
  expect((await supervisor.request.post("/api/auth/login", { headers: csrf, data: demoAccounts.supervisor })).ok()).toBe(true);
  const sent = await supervisor.request.post("/api/sessions/long-chat/messages", {
    headers: csrf,
    data: { message_id: "sup-1", type: "TEXT", payload: { text: "A supervisor's note arrives" } },
  });
  expect(sent.ok()).toBe(true);
  await supervisor.close();
  const jump = page.getByRole("button", { name: /1 new message/ });
  await expect(jump).toBeVisible();
  await expect(list.getByText(marker(0))).toBeInViewport();
  await expectAccessible("long chat, new message button");
  await jump.click();
  await expect(list.getByText("A supervisor's note arrives")).toBeInViewport();
  await expect(jump).toBeHidden();

  // At the bottom, a new message is simply followed.
  const composer = page.getByRole("form", { name: "Write a message" });
  await composer.getByRole("textbox", { name: "Message", exact: true }).fill("Following along");
  await composer.getByRole("textbox", { name: "Message", exact: true }).press("Enter");
  await expect(list.getByRole("listitem").filter({ hasText: "Following along" }).getByText("Sent", { exact: true })).toBeInViewport();

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(list.getByText("Following along")).toBeVisible();
  await page.screenshot({ path: "e2e/artifacts/chat-long-390.png" });
});
