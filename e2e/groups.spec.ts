import { expect, test } from "./fixtures.ts";
import { openSession } from "./helpers.ts";

// Pulling a session's customer into a DingTalk group, and what the console shows of the group.

test("pulls the customer into a group and shows link, QR code and details, also after a reload", async ({
  page,
  context,
  request,
  expectAccessible,
  snapshot,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const sid = await openSession(request, "Wang Fang", "1");
  await page.goto(`/?sid=${sid}`);
  const main = page.getByRole("main");
  await main.getByRole("button", { name: "Pull into group" }).click();

  const group = main.getByRole("region", { name: "DingTalk group" });
  const open = group.getByRole("link", { name: "Open in DingTalk" });
  await expect(open).toHaveAttribute("href", /^dingtalk:\/\/dingtalkclient\/page\/link\?url=https%3A/);
  await expect(group.getByRole("img", { name: "Group QR code (DingTalk link)" })).toBeVisible();
  await expect(group.getByText(/Internal member|External member/)).toBeVisible();
  await expect(main.getByRole("button", { name: "Pull into group" })).toHaveCount(0);

  await group.getByRole("radio", { name: "Web link (https)" }).check();
  await expect(group.getByRole("img", { name: "Group QR code (web link)" })).toBeVisible();
  await expect(group.getByRole("img", { name: "Group QR code (DingTalk link)" })).toHaveCount(0);

  // "Copied" shows inside the button, which keeps its size: nothing beside it moves.
  const copyLink = group.getByRole("button", { name: "Copy DingTalk link: the DingTalk link" });
  const copyWeb = group.getByRole("button", { name: "Copy web link: the web link" });
  // Sizes and the buttons' positions relative to each other (the click may scroll the panel).
  const layout = async () => {
    const [a, b] = [(await copyLink.boundingBox())!, (await copyWeb.boundingBox())!];
    return { link: [a.width, a.height], web: [b.width, b.height], offset: [b.x - a.x, b.y - a.y] };
  };
  const before = await layout();
  await copyLink.click();
  await expect(copyLink).toContainText("Copied");
  await expect(group.getByRole("status").filter({ hasText: "Copied the DingTalk link to the clipboard" })).toHaveCount(1);
  expect(await layout()).toEqual(before);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await open.getAttribute("href"));

  await expectAccessible("group panel");
  await snapshot("groups-panel");

  await page.reload();
  await expect(page.getByRole("main").getByRole("region", { name: "DingTalk group" }).getByRole("link", { name: "Open in DingTalk" })).toBeVisible();
});

test("a refused pull is explained, with the platform's details for support", async ({ page, request, sandbox }) => {
  const sid = await openSession(request, "Zhao Lei", "1");
  await sandbox.addFault({
    method: "alibaba.lyservice.group.group.communication",
    kind: "error_response",
    error: { code: 15, msg: "Remote service error", sub_code: "isv.permission-denied", sub_msg: "无权限" },
  });
  await page.goto(`/?sid=${sid}`);
  const main = page.getByRole("main");
  await main.getByRole("button", { name: "Pull into group" }).click();
  const alert = main.getByRole("alert");
  await expect(alert).toContainText("The customer-service platform refused the request.");
  await alert.getByText("Details for support").click();
  await expect(alert.getByText("isv.permission-denied")).toBeVisible();
  // g tries again from the keyboard; the fault is spent, so the group comes.
  await page.keyboard.press("g");
  await page.getByRole("dialog", { name: "Pull into a DingTalk group?" }).getByRole("button", { name: "Pull into group" }).click();
  await expect(main.getByRole("link", { name: "Open in DingTalk" })).toBeVisible();
  await expect(main.getByRole("alert").filter({ hasText: "refused" })).toHaveCount(0);
});
