import type { Page } from "@playwright/test";
import { csrf, expect, signedInContext, test } from "./fixtures.ts";
import { newVisitor, startChat } from "./visitor.ts";

// The console as a live inbox: a customer's message reaches the agent's list with its preview, unread
// count and waiting time, the tab title counts it, and opening the session reads it for every console
// of the agent. Customers write through the visitor API, as the /chat page does.

const unique = () => Date.now().toString(36).slice(-5);

/** The console's live stream is open: from now on the BFF counts this agent as online. */
async function openConsole(page: Page, path = "/") {
  const stream = page.waitForResponse((res) => res.url().endsWith("/api/events"));
  await page.goto(path);
  await stream;
}

const inbox = (page: Page) => page.getByRole("navigation", { name: "Sessions" });

test("a customer's message reaches the inbox live, counts in the title, and is read on opening", async ({
  page,
  browser,
  baseURL,
  playwright,
  snapshot,
  expectAccessible,
}) => {
  test.slow(); // three browser contexts and a customer on a machine shared with other suites
  await page.setViewportSize({ width: 1366, height: 768 });
  await openConsole(page);
  const nick = `王小明${unique()}`;
  const visitor = await newVisitor(playwright, baseURL, nick);
  const supervisor = await signedInContext(browser, baseURL, "supervisor");
  await startChat(visitor, supervisor.request, "你好，我的订单 12345 还没到", "agent");
  await supervisor.close();

  const row = inbox(page).getByRole("link", { name: new RegExp(nick) });
  await expect(row).toContainText("你好，我的订单 12345 还没到");
  await expect(row).toHaveAccessibleName(/1 unread/);
  await expect(row).toContainText(/Waiting \d+:\d\d/);
  await expect(page).toHaveTitle(/^\(1\) Lingyang Service Cloud/);

  await visitor.say("能帮我查一下吗？");
  await expect(row).toContainText("能帮我查一下吗？");
  await expect(row).toHaveAccessibleName(/2 unread/);
  await expect(page).toHaveTitle(/^\(2\) /);
  await expectAccessible("inbox with an unread customer");
  await snapshot("inbox-en-1366");

  // A second console of the same agent sees the same unread count, and loses it when the first reads.
  const other = await signedInContext(browser, baseURL, "agent");
  const otherPage = await other.newPage();
  await openConsole(otherPage);
  const otherRow = inbox(otherPage).getByRole("link", { name: new RegExp(nick) });
  await expect(otherRow).toHaveAccessibleName(/2 unread/);

  await row.click();
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 2, name: nick })).toBeVisible();
  await expect(main.getByText(`${nick} · H5 web page`).first()).toBeVisible();
  await expect(main.getByText("能帮我查一下吗？")).toBeVisible();
  await expect(row).not.toHaveAccessibleName(/unread/);
  await expect(page).toHaveTitle(/^Lingyang Service Cloud/);
  await expect(otherRow).not.toHaveAccessibleName(/unread/);
  await other.close();

  // The customer sees the agent's read receipt.
  await expect
    .poll(async () => ((await (await visitor.request.get("/api/visitor/conversation")).json()) as { conversation: { agent_read_at?: number } }).conversation.agent_read_at)
    .toBeGreaterThan(0);
  await snapshot("inbox-en-1366-open");

  await page.setViewportSize({ width: 390, height: 844 });
  await snapshot("inbox-en-390-session");
  await page.getByRole("button", { name: /Back to the list/ }).click();
  await expect(row).toBeVisible();
  await snapshot("inbox-en-390");
  await visitor.dispose();
});

test("the notification switches are remembered, and the title count can be switched off", async ({ page, browser, baseURL, playwright }) => {
  await openConsole(page);
  await page.getByRole("button", { name: "Notifications" }).click();
  const dialog = page.getByRole("dialog", { name: "Notifications" });
  await dialog.getByRole("checkbox", { name: "Count in the tab title" }).uncheck();
  await dialog.getByRole("checkbox", { name: "Sound" }).uncheck();
  await expect(dialog.getByRole("checkbox", { name: "Desktop notification" })).not.toBeChecked();
  await dialog.getByRole("button", { name: "Done" }).click();

  await page.reload();
  await openConsole(page);
  const nick = `Quiet ${unique()}`;
  const visitor = await newVisitor(playwright, baseURL, nick);
  const supervisor = await signedInContext(browser, baseURL, "supervisor");
  await startChat(visitor, supervisor.request, "hello?", "agent");
  await supervisor.close();
  await expect(inbox(page).getByRole("link", { name: new RegExp(nick) })).toHaveAccessibleName(/1 unread/);
  await expect(page).toHaveTitle(/^Lingyang Service Cloud/);

  await page.getByRole("button", { name: "Notifications" }).click();
  await expect(dialog.getByRole("checkbox", { name: "Count in the tab title" })).not.toBeChecked();
  await expect(dialog.getByRole("checkbox", { name: "Sound" })).not.toBeChecked();
  await dialog.getByRole("checkbox", { name: "Count in the tab title" }).check();
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(page).toHaveTitle(/^\(1\) /);
  await visitor.dispose();
});

test("the Unassigned queue: two agents take at once, exactly one gets it and the other is told", async ({
  browser,
  baseURL,
  playwright,
}) => {
  test.slow();
  // No agent console is open yet: the customer waits in the queue.
  const nick = `Queue ${unique()}`;
  const visitor = await newVisitor(playwright, baseURL, nick);
  const supervisor = await signedInContext(browser, baseURL, "supervisor");
  await startChat(visitor, supervisor.request, "有人在吗？", undefined);
  await supervisor.close();

  const contexts = await Promise.all([signedInContext(browser, baseURL, "agent"), signedInContext(browser, baseURL, "agent2")]);
  const pages = await Promise.all(contexts.map((context) => context.newPage()));
  await Promise.all(pages.map((p) => openConsole(p, "/?inbox=unassigned")));
  const takes = pages.map((p) => p.getByRole("button", { name: `Take the session with ${nick}` }));
  for (const take of takes) await expect(take).toBeVisible();
  await pages[0]!.screenshot({ path: "e2e/artifacts/inbox-unassigned-1366.png" });

  // "At once": each take is held at the network until both agents have clicked, then both go to the
  // server together. Without the hold the first take's live update can remove the row from the other
  // agent's queue before the second click lands, and that agent never gets to take at all.
  const bothClicked = barrier(pages.length);
  await Promise.all(
    pages.map((p) =>
      p.route("**/api/sessions/*/take", async (route) => {
        await bothClicked();
        await route.continue();
      }),
    ),
  );
  await Promise.all(takes.map((take) => take.click()));
  const outcomes = await Promise.all(
    pages.map(async (p) => {
      const won = p.getByRole("main").getByRole("heading", { level: 2, name: nick });
      const lost = p.getByText(`Another agent took the session with ${nick} first.`);
      await expect(won.or(lost)).toBeVisible();
      return (await lost.isVisible()) ? "told" : "got it";
    }),
  );
  expect(outcomes.sort()).toEqual(["got it", "told"]);
  // The loser's queue no longer offers it.
  const loser = pages[outcomes.indexOf("told")]!;
  await expect(loser.getByRole("button", { name: `Take the session with ${nick}` })).toHaveCount(0);
  await Promise.all(contexts.map((context) => context.close()));
  await visitor.dispose();
});

test("in sandbox mode, Open as customer shows the customer's page of that session in a new tab", async ({ page, browser, baseURL, playwright }) => {
  test.slow();
  await openConsole(page);
  const visitor = await newVisitor(playwright, baseURL, `Demo ${unique()}`);
  const supervisor = await signedInContext(browser, baseURL, "supervisor");
  const sid = await startChat(visitor, supervisor.request, "这件能换个颜色吗？", "agent");
  await supervisor.close();
  await page.goto(`/?sid=${encodeURIComponent(sid)}`);
  const popup = page.waitForEvent("popup");
  await page.getByRole("link", { name: "Open as customer" }).click();
  const customerPage = await popup;
  await expect(customerPage).toHaveURL(/\/chat/);
  await expect(customerPage.getByText("这件能换个颜色吗？")).toBeVisible();
  await customerPage.close();
  await visitor.dispose();
});

test.describe("as a supervisor", () => {
  test.use({ signedInAs: "supervisor" });

  test("reassigns a session to another agent from a small dialog", async ({ page, browser, baseURL, expectAccessible }) => {
    const nick = `Handover ${unique()}`;
    const agents = await Promise.all([signedInContext(browser, baseURL, "agent"), signedInContext(browser, baseURL, "agent2")]);
    const sids: string[] = [];
    for (const [i, context] of agents.entries()) {
      const res = await context.request.post("/api/sessions", {
        headers: csrf,
        data: { source: { channel: "1", channel_uid: `u-${unique()}-${i}`, channel_nick: `${nick} ${i}` }, target: {} },
      });
      expect(res.status()).toBe(201);
      sids.push(((await res.json()) as { sid: string }).sid);
    }
    await Promise.all(agents.map((context) => context.close()));

    await page.goto(`/?sid=${sids[0]}`);
    await page.getByRole("button", { name: "Reassign" }).click();
    const dialog = page.getByRole("dialog", { name: "Reassign session" });
    await dialog.getByLabel("Agent").selectOption({ label: "演示客服二 Demo Agent 2 (agent-2)" });
    await expectAccessible("reassign dialog");
    await dialog.getByRole("button", { name: "Reassign" }).click();
    await expect(dialog).toBeHidden();
    const row = inbox(page).getByRole("link", { name: new RegExp(`${nick} 0`) });
    await expect(row).toHaveAccessibleName(/Assigned to 演示客服二 Demo Agent 2/);
  });
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("the inbox at desktop and phone widths", async ({ page, browser, baseURL, playwright, snapshot, expectAccessible }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openConsole(page);
    const nick = `李女士${unique()}`;
    const visitor = await newVisitor(playwright, baseURL, nick);
    const supervisor = await signedInContext(browser, baseURL, "supervisor");
    await startChat(visitor, supervisor.request, "请问退货地址是哪里？", "agent");
    await supervisor.close();
    const row = page.getByRole("navigation", { name: "会话" }).getByRole("link", { name: new RegExp(nick) });
    await expect(row).toContainText("请问退货地址是哪里？");
    await expect(row).toContainText(/已等待 \d+:\d\d/);
    await expect(page).toHaveTitle(/^\(1\) 瓴羊客服云/);
    await snapshot("inbox-zh-1366");
    await page.setViewportSize({ width: 390, height: 844 });
    await snapshot("inbox-zh-390");
    await row.click();
    await expect(page.getByRole("main").getByText(`${nick} · H5 页面`).first()).toBeVisible();
    await expectAccessible("zh-CN session on a phone");
    await snapshot("inbox-zh-390-session");
    await page.setViewportSize({ width: 1366, height: 768 });
    await snapshot("inbox-zh-1366-open");
    await visitor.dispose();
  });
});

/** Resolves every caller's promise once `parties` callers are waiting. */
function barrier(parties: number): () => Promise<void> {
  let arrived = 0;
  let release: () => void = () => undefined;
  const open = new Promise<void>((resolve) => (release = resolve));
  return () => {
    arrived += 1;
    if (arrived === parties) release();
    return open;
  };
}
