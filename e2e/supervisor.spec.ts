import type { APIRequestContext, Page } from "@playwright/test";
import { csrf, expect, signedInContext, test } from "./fixtures.ts";

// Supervisor screens: a bulk close is everyone's (a second supervisor tab sees it running, live, and
// retries its failures), the board sorts by any column with the order in the URL, and the audit trail
// says "refused by the platform" for a refusal, links each row to its session and keeps its filters
// in the URL. Screenshots of both screens at 1366×768 and 390×844, in English and Chinese.

test.use({ signedInAs: "supervisor" });

const close = "alibaba.lyservice.lippi.session.close";
const locked = { method: close, kind: "error_response", error: { code: 15, msg: "Remote service error", sub_code: "isv.session-locked", sub_msg: "会话被锁定" } };
/** After the session is closed on the platform, its answer takes this long: the job is seen running. */
const slowClose = (times: number) => ({ method: close, kind: "latency", phase: "after", latencyMs: 6_000, times });

const uniqueSource = (label: string) => `e2e-${label}-${Date.now().toString(36)}`;

async function openSessions(request: APIRequestContext, source: string, nicks: readonly string[]): Promise<string[]> {
  const sids: string[] = [];
  // One after another, so their last activity (and so idle order) follows the list.
  for (const [i, nick] of nicks.entries()) {
    const res = await request.post("/api/sessions", {
      headers: csrf,
      data: { source: { channel: String(i % 4), channel_uid: `u-${source}-${i}`, channel_nick: nick, session_source: source }, target: {} },
    });
    expect(res.status()).toBe(201);
    sids.push(((await res.json()) as { sid: string }).sid);
  }
  return sids;
}

/** The customers in the board's table, top to bottom. */
async function customers(page: Page): Promise<string[]> {
  const table = page.getByRole("table", { name: /^Open sessions/ });
  return table.getByRole("rowheader").getByRole("link").allTextContents();
}

test("a second supervisor tab sees the running bulk job, live, and retries its failures", async ({ page, browser, baseURL, request, sandbox, expectAccessible, snapshot }) => {
  test.setTimeout(120_000);
  const source = uniqueSource("jobs");
  await openSessions(request, source, ["Job 1", "Job 2", "Job 3", "Job 4", "Job 5", "Job 6"]);
  // Another tab, its own sign-in, on the sessions screen for now.
  const other = await signedInContext(browser, baseURL, "supervisor");
  const second = await other.newPage();
  await second.goto("/");
  await page.goto(`/?view=board&idle=0&source=${source}`);
  const table = page.getByRole("table", { name: "Open sessions, longest idle first" });
  await expect(table.getByRole("row")).toHaveCount(7);

  // Two closes refused by the platform, the others slow: the job runs long enough to be watched.
  await sandbox.addFault({ ...locked, times: 2 });
  await sandbox.addFault(slowClose(6));
  await table.getByRole("checkbox", { name: "Select all 6 sessions shown" }).check();
  await page.getByRole("button", { name: "Close selected…" }).click();
  const dialog = page.getByRole("dialog", { name: "Close sessions" });
  await dialog.getByRole("radio", { name: "Customer stopped replying" }).check();
  await dialog.getByRole("checkbox", { name: /I understand/ }).check();
  await dialog.getByRole("button", { name: "Close sessions" }).click();

  // The other tab opens the board while the job runs: the job is listed, running, and moves on live.
  await second.getByRole("navigation", { name: "Console screens" }).getByRole("link", { name: "Board" }).click();
  const recent = second.getByRole("region", { name: "Recently closed in bulk" });
  const job = recent.getByRole("listitem").first();
  await expect(job).toContainText("Running");
  await expect(job).toContainText("supervisor · Customer stopped replying");
  await expect(job.getByRole("progressbar")).toHaveAttribute("aria-valuemax", "6");
  await snapshot("supervisor-second-tab-running");
  await expect(job).toContainText("Finished: 4 closed, 2 not closed.");
  await expect(job.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "6");

  // The failures in the platform's own words, in the second tab too.
  await job.getByRole("button", { name: "Details" }).click();
  const details = second.getByRole("region", { name: "Bulk close" });
  const failures = details.getByRole("listitem");
  await expect(failures).toHaveCount(2);
  for (const failure of await failures.all()) {
    await expect(failure).toContainText("Platform says: 会话被锁定");
    await expect(failure).toContainText("isv.session-locked");
  }
  await expectAccessible("board with a finished job, second tab");

  await sandbox.addFault(slowClose(2));
  await job.getByRole("button", { name: "Retry failed (2)" }).click();
  await expect(job).toContainText("Running");
  await expect(job).toContainText("Finished: all 6 sessions are closed.");
  await expect(failures).toHaveCount(0);

  // The tab that started it followed the retry it did not make, without a reload.
  const progress = page.getByRole("region", { name: "Bulk close" });
  await expect(progress.getByRole("status").first()).toHaveText("Finished: all 6 sessions are closed.");
  await expect(page.getByRole("region", { name: "Recently closed in bulk" }).getByRole("listitem").first()).toContainText("Finished: all 6 sessions are closed.");
  await expect(table).toHaveCount(0);
  await other.close();
});

test("board columns sort by click and keyboard, say so with aria-sort, and keep the order in the URL", async ({ page, request }) => {
  test.setTimeout(60_000);
  const source = uniqueSource("sort");
  await openSessions(request, source, ["Cheng", "Adams", "Baker"]);
  await page.goto(`/?view=board&idle=0&source=${source}`);
  await expect.poll(() => customers(page)).toEqual(["Cheng", "Adams", "Baker"]);
  await expect(page.getByRole("columnheader", { name: "Idle" })).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByRole("columnheader", { name: "Customer" })).not.toHaveAttribute("aria-sort");

  await page.getByRole("button", { name: "Customer", exact: true }).click();
  await expect(page).toHaveURL(/sort=customer&dir=asc/);
  await expect(page.getByRole("table", { name: "Open sessions, by customer, A to Z" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Customer" })).toHaveAttribute("aria-sort", "ascending");
  await expect(page.getByRole("columnheader", { name: "Idle" })).not.toHaveAttribute("aria-sort");
  await expect.poll(() => customers(page)).toEqual(["Adams", "Baker", "Cheng"]);

  // From the keyboard: the header's button, Enter.
  await page.getByRole("button", { name: "Customer", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=customer&dir=desc/);
  await expect(page.getByRole("columnheader", { name: "Customer" })).toHaveAttribute("aria-sort", "descending");
  await expect.poll(() => customers(page)).toEqual(["Cheng", "Baker", "Adams"]);

  // A reload keeps order and filter; Back returns to the order before.
  await page.reload();
  await expect(page).toHaveURL(new RegExp(`source=${source}`));
  await expect.poll(() => customers(page)).toEqual(["Cheng", "Baker", "Adams"]);
  await page.goBack();
  await expect(page.getByRole("columnheader", { name: "Customer" })).toHaveAttribute("aria-sort", "ascending");
  await expect.poll(() => customers(page)).toEqual(["Adams", "Baker", "Cheng"]);
});

test("the audit calls a refusal 'refused by the platform', links its row to the session, and keeps its filters in the URL", async ({ page, request, sandbox, expectAccessible, snapshot }) => {
  test.setTimeout(90_000);
  const [sid] = await openSessions(request, uniqueSource("audit"), ["Audit Chen"]);
  await sandbox.addFault(locked);
  expect((await request.post(`/api/sessions/${sid}/close`, { headers: csrf, data: { reason: "memberIsSilent" } })).status()).toBe(422);

  await page.goto("/?view=audit");
  const form = page.getByRole("form", { name: "Filter calls" });
  await form.getByLabel("Outcome").selectOption({ label: "Refused by the platform" });
  await form.getByLabel("Call").selectOption({ label: "Close session" });
  await form.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/outcome=platform_refused/);
  const table = page.getByRole("table", { name: "TOP calls, newest first" });
  const row = table.getByRole("row").filter({ hasText: sid! });
  await expect(row).toContainText("Refused by the platform");
  await expect(row).toContainText("15 / isv.session-locked");
  await expect(row).not.toContainText("Gateway error");
  await snapshot("supervisor-audit-refused-en");

  // Reload: the same filter, in the form and in the rows.
  await page.reload();
  await expect(form.getByLabel("Outcome")).toHaveValue("platform_refused");
  await expect(form.getByLabel("Call")).toHaveValue(close);
  await expect(row).toHaveCount(1);

  // Narrowed to the session, then Back to the filter before (form included).
  await form.getByLabel("Session ID").fill(sid!);
  await form.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`session=${sid}`));
  await page.goBack();
  await expect(page).not.toHaveURL(/session=/);
  await expect(form.getByLabel("Session ID")).toHaveValue("");
  await expect(form.getByLabel("Outcome")).toHaveValue("platform_refused");
  await expectAccessible("audit trail filtered");

  // The row's session opens in the console; Back returns to the same calls.
  await row.getByRole("link", { name: sid! }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]sid=${sid}`));
  await expect(page.getByRole("main").getByRole("heading", { level: 2, name: "Audit Chen" })).toBeVisible();
  await page.goBack();
  await expect(form.getByLabel("Outcome")).toHaveValue("platform_refused");
  await expect(row).toContainText("Refused by the platform");
});

const sizes = [
  { name: "1366", width: 1366, height: 768 },
  { name: "390", width: 390, height: 844 },
] as const;

for (const language of ["en", "zh-CN"] as const) {
  test(`board and audit fit at 1366×768 and 390×844 in ${language}`, async ({ page, request, expectAccessible, snapshot }) => {
    // Eight axe scans on a machine shared with other suites.
    test.setTimeout(300_000);
    await openSessions(request, uniqueSource("shot"), ["王小明", "Li Lei"]);
    await page.addInitScript((lang) => window.localStorage.setItem("lyconsole.language", lang), language);
    for (const size of sizes) {
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const view of ["board", "audit"] as const) {
        await page.goto(`/?view=${view}`);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expect(page.getByRole("table").first()).toBeVisible();
        const scrollsSideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        expect(scrollsSideways, `${view} at ${size.name} scrolls sideways`).toBe(false);
        await expectAccessible(`${view} ${language} ${size.name}`);
        await snapshot(`supervisor-${view}-${language}-${size.name}`);
      }
    }
  });
}
