import type { APIRequestContext } from "@playwright/test";
import type { Channel } from "../contract/top-dtos.ts";
import { csrf, expect, type Page, test } from "./fixtures.ts";

// Finding a conversation: the search box above the list finds a session by nickname (any part), by
// channel user id or session id (their start, any case), combined with Open/Closed/All and a channel;
// the query lives in the URL, Escape clears it, and a search that finds nothing says so.

test.use({ viewport: { width: 1366, height: 768 } });
// Axe over a full console on a shared two-core machine can take most of the default 30 s.
test.slow();

async function open(request: APIRequestContext, sid: string, channel: Channel, channel_uid: string, channel_nick: string) {
  const res = await request.post("/api/sessions", { headers: csrf, data: { source: { sid, channel, channel_uid, channel_nick }, target: {} } });
  expect(res.status()).toBe(201);
}

/** Three sessions of this run only (all specs share one BFF): two open, one closed. */
async function seed(request: APIRequestContext) {
  const tok = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const s = { a: `srch-${tok}-a`, b: `srch-${tok}-b`, c: `srch-${tok}-c` };
  const names = { a: `王小明${tok}`, b: `Mary ${tok}`, c: `Closed ${tok}` };
  await open(request, s.a, "0", `buyer-${tok}-a`, names.a);
  await open(request, s.b, "2", `wx-${tok}-b`, names.b);
  await open(request, s.c, "0", `buyer-${tok}-c`, names.c);
  expect((await request.post(`/api/sessions/${s.c}/close`, { headers: csrf, data: { reason: "memberIsSilent" } })).status()).toBe(200);
  return { tok, names };
}

const rows = (page: Page) => page.getByRole("navigation", { name: /Sessions|会话/ }).getByRole("listitem");

test("search finds a session by nickname, channel user id and session id; filters by status and channel", async ({ page, request, expectAccessible, snapshot }) => {
  const { tok, names } = await seed(request);
  await page.goto("/");
  const search = page.getByRole("searchbox", { name: "Search sessions" });

  // A part of the nickname (not its start).
  await search.fill(`小明${tok}`);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(names.a);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(`小明${tok}`)}`));

  // The start of a channel user id.
  await search.fill(`wx-${tok}`);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(names.b);

  // The start of a session id, in another case.
  await search.fill(`SRCH-${tok}-A`);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(names.a);
  await snapshot("search-found-1366-en");
  await expectAccessible("session search");

  // Open (the default) hides the closed one; All shows it, after the open ones; Closed only it.
  await search.fill(`srch-${tok}`);
  await expect(rows(page)).toHaveCount(2);
  await page.getByRole("button", { name: "All", exact: true }).last().click();
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).last()).toContainText(names.c);
  await page.getByRole("button", { name: "Closed", exact: true }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(names.c);

  // A channel.
  await page.getByRole("button", { name: "All", exact: true }).last().click();
  await page.getByRole("combobox", { name: "Channel" }).selectOption({ label: "WeChat mini-program" });
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(names.b);
  await expect(page).toHaveURL(/[?&]channel=2/);

  // A reload keeps the search.
  await page.reload();
  await expect(page.getByRole("searchbox", { name: "Search sessions" })).toHaveValue(`srch-${tok}`);
  await expect(rows(page)).toHaveCount(1);

  // Nothing found is said; Escape clears the search.
  await page.getByRole("combobox", { name: "Channel" }).selectOption({ label: "All channels" });
  await search.fill(`nothing-${tok}`);
  await expect(page.getByText(`No sessions match “nothing-${tok}” here.`)).toBeVisible();
  await search.press("Escape");
  await expect(search).toHaveValue("");
  await expect(page).not.toHaveURL(/[?&]q=/);
  await expect(rows(page).first()).toBeVisible();
});

test.describe("in Chinese on a phone", () => {
  test.use({ locale: "zh-CN", viewport: { width: 390, height: 844 } });

test("search in Chinese at phone size: a nickname part, nothing found said, no horizontal scroll", async ({ page, request, expectAccessible, snapshot }) => {
  const { tok, names } = await seed(request);
  await page.goto("/");
  const search = page.getByRole("searchbox", { name: "搜索会话" });
  await search.fill(`小明${tok}`);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(names.a);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await snapshot("search-found-390-zh");
  await expectAccessible("session search, zh-CN, 390 px");
  await search.fill(`没有-${tok}`);
  await expect(page.getByText(`此处没有与“没有-${tok}”匹配的会话。`, { exact: false })).toBeVisible();
  await snapshot("search-none-390-zh");
});
});
