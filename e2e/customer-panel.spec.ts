import { expect, type Page, test } from "./fixtures.ts";
import { openSessionWithGroup } from "./helpers.ts";

// The details panel starts with the customer (name, initials, channel by name, copyable channel user
// id, start time, message count), then the group and the tickets saved for the session with their
// time; the platform ids are folded under "Technical details". Saving a case id again warns first.

// Axe over a full console on a shared two-core machine can take most of the default 30 s.
test.slow();

const caseId = () => `9${Date.now()}`.slice(0, 18);

async function saveTicket(page: Page, id: string, button: string) {
  const ticket = page.getByRole("region", { name: /^Visitor ticket$|^群访客工单$/ });
  await ticket.getByRole("textbox", { name: /Case ID|工单 ID/ }).fill(id);
  await ticket.getByRole("button", { name: button }).click();
  return ticket;
}

test.describe("at 1366×768 in English", () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("shows the customer first, lists the session's tickets with their time, and warns before a case id is saved again", async ({
    page,
    request,
    expectAccessible,
    snapshot,
  }) => {
    const sid = await openSessionWithGroup(request, "Chen Jing", "0");
    await page.goto(`/?sid=${sid}`);
    const customer = page.getByRole("region", { name: "Customer" });
    // The session's code is lazy; on a loaded two-core machine it can take a while to arrive.
    await expect(customer).toBeVisible({ timeout: 30_000 });
    await expect(customer.getByText("Chen Jing")).toBeVisible();
    await expect(customer.getByRole("img", { name: "Avatar of Chen Jing" })).toHaveText("CJ");
    await expect(customer.getByText("H5 web page")).toBeVisible();
    await expect(customer.getByText(`uid-${sid}`)).toBeVisible();
    await expect(customer.getByRole("button", { name: /Copy/ })).toBeVisible();
    // The start, as a date and time of day in the agent's time zone.
    await expect(customer.getByRole("definition").filter({ hasText: /\d{4}.*\d{1,2}:\d{2}/ })).toBeVisible();
    await expect(customer.getByText("Messages")).toBeVisible();
    await expect(customer.getByRole("definition").last()).toHaveText("0");

    await snapshot("customer-panel-top-1366-en");

    // The platform's ids are there, folded.
    // The innermost group holding the summary: the disclosure itself (its ancestors come first).
    const technical = page.getByRole("group").filter({ has: page.getByText("Technical details", { exact: true }) }).last();
    await expect(technical.getByText("Platform session ID")).toBeHidden();
    await page.getByText("Technical details", { exact: true }).click();
    await expect(technical.getByText("Platform session ID")).toBeVisible();
    await expect(technical.getByRole("definition").first()).toHaveText(sid);

    const id = caseId();
    const ticket = await saveTicket(page, id, "Save ticket");
    await expect(ticket.getByRole("status")).toContainText(`Ticket ${id} saved.`);
    const saved = page.getByRole("region", { name: "Saved ticket" });
    await expect(saved.getByRole("listitem")).toHaveCount(1);
    await expect(saved.getByRole("listitem")).toContainText(id);
    await expect(saved.getByRole("listitem")).toContainText(/\d{4}.*\d{1,2}:\d{2}/);

    // The same case id again: a warning, nothing saved, until the agent presses "Save again".
    await saveTicket(page, id, "Save ticket");
    await expect(ticket.getByRole("alert")).toContainText(`Ticket ${id} is already saved for this session.`);
    await expect(ticket.getByRole("status")).toBeEmpty();
    await snapshot("customer-panel-repeat-1366-en");
    await expectAccessible("customer panel, repeated case id");
    await ticket.getByRole("button", { name: "Save again" }).click();
    await expect(ticket.getByRole("status")).toContainText(`Ticket ${id} saved.`);
    await expect(ticket.getByRole("alert")).toBeEmpty();
    await expect(saved.getByRole("listitem")).toHaveCount(1);
    await snapshot("customer-panel-1366-en");
  });
});

test.describe("at 390×844 in Chinese", () => {
  test.use({ locale: "zh-CN", viewport: { width: 390, height: 844 } });

  test("the customer panel and saved tickets fit a phone", async ({ page, request, expectAccessible, snapshot }) => {
    const sid = await openSessionWithGroup(request, "王小明", "2");
    await page.goto(`/?sid=${sid}&pane=details`);
    const customer = page.getByRole("region", { name: "客户" });
    await expect(customer).toBeVisible({ timeout: 30_000 });
    await expect(customer.getByRole("img", { name: "王小明 的头像" })).toHaveText("王");
    await expect(customer.getByText("微信小程序")).toBeVisible();
    await snapshot("customer-panel-top-390-zh");
    const id = caseId();
    const ticket = await saveTicket(page, id, "保存工单");
    await expect(ticket.getByRole("status")).toContainText(`工单 ${id} 已保存。`);
    await expect(page.getByRole("region", { name: "已保存的工单" }).getByRole("listitem")).toContainText(id);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await snapshot("customer-panel-390-zh");
    await expectAccessible("customer panel, zh-CN, 390 px");
  });
});
