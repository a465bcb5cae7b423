import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type ConsoleProcess, freePort, startConsole } from "./console-process.ts";
import { csrf, demoAccounts, expect, test } from "./fixtures.ts";

// `npm start` in sandbox mode, restarted on the same data folder: the session opened before the
// restart still takes messages after it, because the embedded sandbox keeps what it knew beside
// the console's data. The BFF here is the test's own (on free ports); the shared one is not used.

test.use({ signedInAs: "anonymous" });

let dataDir: string;
let port: number;
let server: ConsoleProcess | undefined;

test.beforeEach(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "console-restart-"));
  port = await freePort();
});

test.afterEach(async () => {
  await server?.stop();
  server = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

test("a session opened before a restart takes messages after it", async ({ page }) => {
  test.setTimeout(120_000);
  server = await startConsole({ port, dataDir });
  const { origin } = server;
  // The sign-in lives in the console's store, so it outlasts the restart like the session does.
  const login = await page.request.post(`${origin}/api/auth/login`, { headers: csrf, data: demoAccounts.agent });
  expect(login.ok()).toBe(true);
  const opened = await page.request.post(`${origin}/api/sessions`, {
    headers: csrf,
    data: { source: { channel: "0", channel_uid: "u-restart", channel_nick: "重启 Restart" }, target: {} },
  });
  expect(opened.status()).toBe(201);
  const { sid } = (await opened.json()) as { sid: string };

  const composer = page.getByRole("form", { name: "Write a message" });
  const box = composer.getByRole("textbox", { name: "Message", exact: true });
  const message = (text: string) => page.getByRole("region", { name: "Messages" }).getByRole("listitem").filter({ hasText: text });

  await page.goto(`${origin}/?sid=${sid}`);
  await box.fill("Before the restart");
  await box.press("Enter");
  await expect(message("Before the restart").getByText("Sent", { exact: true })).toBeVisible();

  await server.stop();
  server = await startConsole({ port, dataDir });

  await page.reload();
  await expect(message("Before the restart").getByText("Sent", { exact: true })).toBeVisible();
  await box.fill("After the restart");
  await box.press("Enter");
  await expect(message("After the restart").getByText("Sent", { exact: true })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});
