import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type ConsoleProcess, freePort, startConsole } from "./console-process.ts";
import { expect, signedInContext, test } from "./fixtures.ts";

// The heartbeat, end to end: a customer who closes the chat page has no live page left, and once the
// heartbeat window passes the BFF closes their session with heartBeatBreak, which the agent's open
// console shows by itself. The BFF is the test's own, with a six-second window (0.1 minutes) instead
// of the default three minutes; the shared one is not used.

test.use({ signedInAs: "anonymous" });

const heartbeatMinutes = 0.1;

let dataDir: string;
let server: ConsoleProcess | undefined;

test.beforeEach(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "console-heartbeat-"));
  server = await startConsole({ port: await freePort(), dataDir, env: { VISITOR_HEARTBEAT_MINUTES: String(heartbeatMinutes) } });
});

test.afterEach(async () => {
  await server?.stop();
  server = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

test("a customer who closes the page is closed with heartBeatBreak, shown on the agent's console in words", async ({ browser }) => {
  test.setTimeout(120_000);
  const origin = server!.origin;
  const agentContext = await signedInContext(browser, origin, "agent");
  const agent = await agentContext.newPage();
  await agent.setViewportSize({ width: 1366, height: 768 });
  const stream = agent.waitForResponse((res) => res.url().endsWith("/api/events"));
  await agent.goto(`${origin}/`);
  await stream;

  const customerContext = await browser.newContext({ baseURL: origin, viewport: { width: 390, height: 844 } });
  const customer = await customerContext.newPage();
  await customer.goto("/chat");
  await customer.getByRole("textbox", { name: "Your name (optional)" }).fill("心跳 Heartbeat");
  await customer.getByRole("button", { name: "Save name" }).click();
  await expect(customer.getByText("Saved", { exact: true })).toBeVisible();
  const box = customer.getByRole("textbox", { name: "Message" });
  await box.fill("我先走开一下");
  await box.press("Enter");
  await expect(customer.getByRole("listitem").filter({ hasText: "我先走开一下" }).getByText("Sent", { exact: true })).toBeVisible();

  const row = agent.getByRole("navigation", { name: "Sessions" }).getByRole("link", { name: /心跳 Heartbeat/ });
  await row.click();
  const main = agent.getByRole("main");
  await expect(main.getByRole("region", { name: "Messages" }).getByText("我先走开一下")).toBeVisible();
  await expect(main.getByRole("button", { name: "Close session" })).toBeVisible();

  // The page goes away (its live stream with it); nothing else is sent on the customer's behalf.
  await customer.close();
  await customerContext.close();

  // The window, plus the checker's period (a quarter of it) and the live event's way to the screen.
  await expect(main.getByText("Connection lost (heartbeat timed out)")).toBeVisible({ timeout: heartbeatMinutes * 60_000 + 15_000 });
  await expect(main.getByText("This session is closed and read-only.")).toBeVisible();
  await expect(main.getByRole("button", { name: "Close session" })).toHaveCount(0);
  await agent.screenshot({ path: "e2e/artifacts/heartbeat-closed-1366.png", fullPage: true });
  await agentContext.close();
});
