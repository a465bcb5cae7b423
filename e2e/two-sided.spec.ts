import type { Page } from "@playwright/test";
import { expect, signedInContext, test } from "./fixtures.ts";

// Both sides of one conversation on two screens, each driven only through its own UI: a customer on a
// phone on /chat and an agent at a desktop in the console. Nothing goes through the API, so every step
// the other side sees has travelled the live streams (the visitor's and the console's).

test.use({ signedInAs: "anonymous", viewport: { width: 390, height: 844 } });

/** The console's live stream is open: from now on routing counts this agent as online. */
async function openConsole(page: Page) {
  const stream = page.waitForResponse((res) => res.url().endsWith("/api/events"));
  await page.goto("/");
  await stream;
}

function failOnConsoleErrors(page: Page, errors: string[]) {
  page.on("console", (msg) => {
    if (msg.type() === "error" && !msg.text().includes("Failed to load resource")) errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(err.message));
}

test("customer and agent chat live on two screens, read receipts reach the customer, and the customer's end reaches the agent", async ({
  page: customer,
  browser,
  baseURL,
  expectAccessible,
}) => {
  test.slow(); // two browsers, one of them a whole console, on a machine shared with other suites
  const agentContext = await signedInContext(browser, baseURL, "agent");
  const agent = await agentContext.newPage();
  const agentErrors: string[] = [];
  failOnConsoleErrors(agent, agentErrors);
  await agent.setViewportSize({ width: 1366, height: 768 });
  await openConsole(agent);

  const nick = `张三${Date.now().toString(36).slice(-5)}`;
  await customer.goto("/chat");
  await customer.getByRole("textbox", { name: "Your name (optional)" }).fill(nick);
  await customer.getByRole("button", { name: "Save name" }).click();
  await expect(customer.getByText("Saved", { exact: true })).toBeVisible();
  const box = customer.getByRole("textbox", { name: "Message" });
  await box.fill("你好，我买的耳机左边没有声音 🎧");
  await box.press("Enter");
  const first = customer.getByRole("listitem").filter({ hasText: "左边没有声音" });
  await expect(first.getByText("Sent", { exact: true })).toBeVisible();

  // It reaches the agent live, routed to them (the only agent with a console open), unread.
  const row = agent.getByRole("navigation", { name: "Sessions" }).getByRole("link", { name: new RegExp(nick) });
  await expect(row).toContainText("左边没有声音");
  await expect(row).toHaveAccessibleName(/1 unread/);
  await expect(agent).toHaveTitle(/^\(1\) /);

  // Opening it reads it: the customer's message turns Read on the phone.
  await row.click();
  const main = agent.getByRole("main");
  await expect(main.getByRole("heading", { level: 2, name: nick })).toBeVisible();
  const agentMessages = main.getByRole("region", { name: "Messages" });
  await expect(agentMessages.getByRole("listitem").filter({ hasText: "左边没有声音" })).toBeVisible();
  await expect(main.getByText(`${nick} · H5 web page`).first()).toBeVisible();
  await expect(first.getByText("Read", { exact: true })).toBeVisible();
  await expect(row).not.toHaveAccessibleName(/unread/);

  // The agent types in the composer; the reply appears on the phone with the agent's display name.
  const composer = main.getByRole("form", { name: "Write a message" });
  await composer.getByRole("textbox", { name: "Message", exact: true }).fill("您好，请问是哪个订单？我帮您看看。");
  await composer.getByRole("textbox", { name: "Message", exact: true }).press("Enter");
  await expect(agentMessages.getByRole("listitem").filter({ hasText: "我帮您看看" }).getByText("Sent", { exact: true })).toBeVisible();
  const reply = customer.getByRole("listitem").filter({ hasText: "我帮您看看" });
  await expect(reply).toBeVisible();
  await expect(reply.getByText("演示客服 Demo Agent")).toBeVisible();

  // The customer answers while the agent has the session on screen: it appears there live, and is read.
  await box.fill("订单号 TB20261202001");
  await box.press("Enter");
  const second = customer.getByRole("listitem").filter({ hasText: "TB20261202001" });
  await expect(agentMessages.getByRole("listitem").filter({ hasText: "TB20261202001" })).toBeVisible();
  await expect(second.getByText("Read", { exact: true })).toBeVisible();
  await expectAccessible("customer page beside an agent");
  await customer.screenshot({ path: "e2e/artifacts/two-sided-customer-390.png", fullPage: true });
  await agent.screenshot({ path: "e2e/artifacts/two-sided-agent-1366.png", fullPage: true });

  // The customer ends the chat; the agent's screen says it closed, and why, without a reload.
  await customer.getByRole("button", { name: "End chat" }).click();
  await customer.getByRole("button", { name: "Yes, end chat" }).click();
  await expect(customer.getByText("This chat has ended.")).toBeVisible();
  await expect(main.getByText("Customer ended the session")).toBeVisible();
  await expect(main.getByText("This session is closed and read-only.")).toBeVisible();
  await expect(composer).toHaveCount(0);
  await customer.screenshot({ path: "e2e/artifacts/two-sided-customer-ended-390.png", fullPage: true });
  await agent.screenshot({ path: "e2e/artifacts/two-sided-agent-closed-1366.png", fullPage: true });

  await agentContext.close();
  expect(agentErrors, "unexpected console errors on the agent's screen").toEqual([]);
});
