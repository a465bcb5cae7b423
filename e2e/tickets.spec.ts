import { expect, test } from "./fixtures.ts";
import { openSessionWithGroup } from "./helpers.ts";

// The group visitor ticket: pre-filled from the group link, validated like the BFF, saved to TOP.

test("saves a visitor ticket from the pre-filled form and shows the platform time", async ({
  page,
  request,
  expectAccessible,
  snapshot,
}) => {
  const sid = await openSessionWithGroup(request, "Chen Jing", "0");
  await page.goto(`/?sid=${sid}`);
  const ticket = page.getByRole("region", { name: "Visitor ticket" });

  // What the group link carries is filled in and locked; the tenant and corp are the server's to set.
  for (const label of ["Group conversation ID", "Customer identity in the group"]) {
    await expect(ticket.getByLabel(label)).not.toHaveValue("");
    await expect(ticket.getByLabel(label)).toHaveAttribute("readonly", "");
  }
  await expect(ticket.getByLabel("Tenant ID")).toHaveCount(0);
  await expect(ticket.getByLabel("DingTalk corp ID")).toHaveCount(0);

  await ticket.getByLabel("Case ID").fill("12ab");
  await ticket.getByRole("button", { name: "Save ticket" }).click();
  await expect(ticket.getByLabel("Case ID")).toHaveAccessibleDescription(/Case ID is not in the expected format\./);

  await ticket.getByLabel("Case ID").fill("202406280001234567");
  await ticket.getByRole("button", { name: "Save ticket" }).click();
  const saved = ticket.getByRole("status");
  await expect(saved).toContainText("Ticket 202406280001234567 saved.");
  await expect(saved).toContainText(/Platform time: \S+/);
  await expectAccessible("ticket saved");
  await snapshot("tickets-saved");
});
