import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import Database from "better-sqlite3";
import { type ConsoleProcess, freePort, startConsole } from "./console-process.ts";
import { csrf, demoAccounts, expect, test } from "./fixtures.ts";

// Rows no console would write, put straight into the store of a BFF of the test's own (a temp
// DATA_DIR; nothing in the product helps): each shows as a small "can't be shown" bubble with its raw
// content to copy, and the session goes on taking and showing messages.

test.use({ signedInAs: "anonymous" });

let dataDir: string;
let server: ConsoleProcess | undefined;

test.beforeEach(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "console-unreadable-"));
  server = await startConsole({ port: await freePort(), dataDir });
});

test.afterEach(async () => {
  await server?.stop();
  server = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

interface Row {
  contentType: number;
  content: string;
  payloadJson?: string;
  createdAt?: number;
}

/** Signs the page in on this BFF and opens a session through the API, so the platform knows it. */
async function openSession(page: Page, origin: string, sid: string) {
  expect((await page.request.post(`${origin}/api/auth/login`, { headers: csrf, data: demoAccounts.agent })).ok()).toBe(true);
  const opened = await page.request.post(`${origin}/api/sessions`, {
    headers: csrf,
    data: { source: { sid, channel: "0", channel_uid: `u-${sid}`, channel_nick: "Garbage Test" }, target: {} },
  });
  expect(opened.status()).toBe(201);
}

/** Written while the BFF runs, as another tool on the same file would (WAL lets both in). */
function insertRows(sid: string, rows: Row[]) {
  const db = new Database(path.join(dataDir, "console.sqlite"));
  db.pragma("busy_timeout = 5000");
  const insert = db.prepare(`INSERT INTO messages (message_id, sid, content_type, content, payload_json, sender_type, status, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, '1', 'sent', ?, ?)`);
  const now = Date.now() - 60_000;
  rows.forEach((row, i) => insert.run(`raw-${i}`, sid, row.contentType, row.content, row.payloadJson ?? null, row.createdAt ?? now + i, now + i));
  db.close();
}

const garbage: Row[] = [
  { contentType: 1, content: "" },
  { contentType: 2, content: "garbage" },
  { contentType: 3, content: '{"url":"https://example.com/v.mp4"}' },
  { contentType: 4, content: '{"title":"t","text":"x","messageUrl":"javascript:alert(1)"}' },
  { contentType: 5, content: "{" },
  { contentType: 6, content: '"just a string"' },
  // (A 20,000-character markdown is readable now: stored rows are read with looser limits than a send.)
  { contentType: 7, content: JSON.stringify({ title: "t", markdown: "x", singleTitle: "a", singleURL: "ftp://e.com" }) },
  { contentType: 8, content: '{"richText":"no"}' },
  { contentType: 9, content: '{"fileName":"a.pdf"}' },
  { contentType: 10, content: '{"readTime":8640000000000001}' },
  { contentType: 42, content: "a type that does not exist" },
  { contentType: 4, content: "not a link", payloadJson: "{broken" },
];

test("garbage rows of every type show as unreadable bubbles; the session still takes messages", async ({ page, context, expectAccessible }) => {
  test.setTimeout(90_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.setViewportSize({ width: 1280, height: 1600 });
  const { origin } = server!;
  await openSession(page, origin, "garbage");
  insertRows("garbage", [{ contentType: 1, content: "A readable message from the store" }, ...garbage]);

  await page.goto(`${origin}/?sid=garbage`);
  const list = page.getByRole("region", { name: "Messages" });
  await expect(list.getByText("A readable message from the store")).toBeVisible();
  await expect(list.getByText("This message can't be shown")).toHaveCount(garbage.length);

  // The first garbage row (an empty text) copies as what is stored: nothing; the read receipt as its JSON.
  const copyButtons = list.getByRole("button", { name: /^Copy raw content/ });
  await copyButtons.nth(9).click();
  // "Copied" shows inside the clicked button (every copy button holds the word, hidden until used).
  await expect(copyButtons.nth(9)).toContainText("Copied");
  await expect(list.getByRole("status").filter({ hasText: /Copied/ })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('{"readTime":8640000000000001}');

  const composer = page.getByRole("form", { name: "Write a message" });
  await composer.getByRole("textbox", { name: "Message", exact: true }).fill("Still working");
  await composer.getByRole("textbox", { name: "Message", exact: true }).press("Enter");
  await expect(list.getByRole("listitem").filter({ hasText: "Still working" }).getByText("Sent", { exact: true })).toBeVisible();
  await expect(list.getByText("This message can't be shown")).toHaveCount(garbage.length);
  await expectAccessible("chat with unreadable messages");
  await page.screenshot({ path: "e2e/artifacts/chat-unreadable.png", fullPage: true });
});

test("a message that fails to render is caught on its own row", async ({ browser }) => {
  test.setTimeout(90_000);
  // A page of its own: React reports the error its boundary caught on the console, which is
  // expected here and asserted below instead of failing the shared fixture.
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (msg) => void (msg.type() === "error" && errors.push(msg.text())));
  page.on("pageerror", (err) => errors.push(err.message));
  const { origin } = server!;
  await openSession(page, origin, "boundary");
  // A readable payload at a time no Date can hold: the row's own rendering throws (RangeError).
  insertRows("boundary", [
    { contentType: 1, content: "前一条消息" },
    { contentType: 1, content: "时间错误的消息", createdAt: 8_640_000_000_000_001 },
  ]);

  await page.goto(`${origin}/?sid=boundary`);
  const list = page.getByRole("region", { name: "消息" });
  await expect(list.getByText("前一条消息")).toBeVisible();
  await expect(list.getByText("无法显示此消息")).toHaveCount(1);
  await expect(list.getByRole("button", { name: /^复制原始内容/ })).toBeVisible();
  const box = page.getByRole("form", { name: "编写消息" }).getByRole("textbox", { name: "消息内容", exact: true });
  await box.fill("仍可发送");
  await box.press("Enter");
  await expect(list.getByRole("listitem").filter({ hasText: "仍可发送" }).getByText("已发送", { exact: true })).toBeVisible();
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.every((text) => /Invalid time value|RangeError/.test(text)), errors.join("\n")).toBe(true);
  await context.close();
});

test("a message the browser's own parser refuses is unreadable on its own row, not a failed chat", async ({ page }) => {
  test.setTimeout(90_000);
  const { origin } = server!;
  await openSession(page, origin, "parsers");
  // Node's URL parser takes this host (so an older console accepted and stored it); Chromium's refuses it.
  const image = JSON.stringify({ url: "https://\u0661.com/a.png" });
  insertRows("parsers", [
    { contentType: 1, content: "Before the odd image" },
    { contentType: 2, content: image, payloadJson: image },
    { contentType: 1, content: "After the odd image" },
  ]);

  await page.goto(`${origin}/?sid=parsers`);
  const list = page.getByRole("region", { name: "Messages" });
  await expect(list.getByText("Before the odd image")).toBeVisible();
  await expect(list.getByText("After the odd image")).toBeVisible();
  await expect(list.getByText("This message can't be shown")).toHaveCount(1);
  await expect(page.getByText("Something went wrong")).toHaveCount(0);
});
