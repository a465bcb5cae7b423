import { csrf, expect, type Page, test } from "./fixtures.ts";

// A customer's nickname is their own: one unbroken word as long as the platform lets through (the
// customer page allows 32 characters, the console's API more). It must never widen a screen past
// its edge: the session's header cuts it with an ellipsis, the board's cell wraps it, and Send and
// every action stay on screen.

test.use({ signedInAs: "supervisor" });

// Every spec shares one BFF: the sessions made here are closed after each test, so other specs'
// boards and lists do not carry a 2,000-character customer.
const opened: string[] = [];
test.afterEach(async ({ request }) => {
  for (const sid of opened.splice(0)) await request.post(`/api/sessions/${sid}/close`, { headers: csrf, data: { reason: "memberIsSilent" } });
});

async function openWithNick(request: Page["request"], nick: string): Promise<string> {
  const sid = `long-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const res = await request.post("/api/sessions", { headers: csrf, data: { source: { sid, channel: "0", channel_uid: `u-${sid}`, channel_nick: nick }, target: {} } });
  expect(res.status()).toBe(201);
  opened.push(sid);
  return sid;
}

async function expectWithinViewport(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement?.scrollWidth ?? 0, innerWidth: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

for (const viewport of [{ width: 390, height: 844 }, { width: 1366, height: 768 }]) {
  test(`a long unbroken nickname leaves the session and its Send button on screen at ${viewport.width}px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const sid = await openWithNick(page.request, "W".repeat(viewport.width < 760 ? 32 : 2000));
    await page.goto(`/?sid=${sid}`);
    const send = page.getByRole("button", { name: "Send", exact: true });
    await expect(send).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole("button", { name: "Close session" })).toBeInViewport({ ratio: 1 });
    await expectWithinViewport(page);
    const paneRight = await page.locator(".chat-pane").evaluate((el) => el.getBoundingClientRect().right);
    expect(paneRight).toBeLessThanOrEqual(viewport.width);
  });
}

test("a long unbroken nickname wraps in the board's table instead of widening it", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openWithNick(page.request, "W".repeat(2000));
  await page.goto("/?view=board");
  const table = page.getByRole("table");
  await expect(table).toBeVisible();
  const right = await table.evaluate((el) => el.getBoundingClientRect().right);
  expect(right).toBeLessThanOrEqual(1366);
  // The last column is on screen across (the table may start below the fold, under recent bulk jobs).
  const lastColumn = page.getByRole("columnheader", { name: /Last activity/ });
  await lastColumn.scrollIntoViewIfNeeded();
  await expect(lastColumn).toBeInViewport({ ratio: 1 });
  await expectWithinViewport(page);
});
