import { expect, test } from "./fixtures.ts";
import { openSession } from "./helpers.ts";

// The platform says yes in a shape the seed does not describe: the console shows what came back
// instead of an error (which would invite a second pull and a second group).

test("a group answered without a link, with an unknown account type and an extra field, is shown as returned", async ({
  page,
  request,
  sandbox,
  expectAccessible,
}) => {
  const sid = await openSession(request, "Odd Answer", "0");
  await sandbox.addFault({
    method: "alibaba.lyservice.group.group.communication",
    kind: "answer",
    phase: "after",
    resultPatch: { code: 200, data: { group_link: null, account_type: 3, invite_code: "ABC" } },
  });
  await page.goto(`/?sid=${sid}`);
  const main = page.getByRole("main");
  await main.getByRole("button", { name: "Pull into group" }).click();

  const group = main.getByRole("region", { name: "DingTalk group" });
  await expect(group.getByText(/returned no group link/)).toBeVisible();
  await expect(group.getByText("Type 3 (not described by the platform's documentation)")).toBeVisible();
  await expect(group.getByText("Platform field “invite_code”")).toBeVisible();
  await expect(group.getByText("ABC", { exact: true })).toBeVisible();
  await expect(group.getByText("200 · success", { exact: true })).toBeVisible();
  await expect(group.getByRole("link", { name: "Open in DingTalk" })).toHaveCount(0);
  await expect(group.getByRole("link", { name: "Open the file" })).toBeVisible();
  await expect(main.getByRole("button", { name: "Pull into group" })).toHaveCount(0);
  await expectAccessible("group panel without a link");
});
