import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

// The group visitor ticket: pre-filled from the group link, validated like the BFF, saved to TOP.

async function openSessionWithGroup(request: APIRequestContext): Promise<string> {
  const headers = { "x-requested-with": "lyservice-console" };
  const { defaults } = (await (await request.get("/api/config")).json()) as {
    defaults: { session_source: string; bu_id: string };
  };
  const sid = `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const created = await request.post("/api/sessions", {
    headers,
    data: {
      source: { sid, channel: "0", channel_uid: `uid-${sid}`, channel_nick: "Chen Jing", session_source: defaults.session_source },
      target: { session_source: defaults.session_source, bu_id: defaults.bu_id },
    },
  });
  expect(created.status()).toBe(201);
  const group = await request.post("/api/groups", { headers, data: { sid } });
  expect(group.status()).toBe(201);
  return sid;
}

test("saves a visitor ticket from the pre-filled form and shows the platform time", async ({
  page,
  request,
  expectAccessible,
  snapshot,
}) => {
  const sid = await openSessionWithGroup(request);
  await page.goto(`/?sid=${sid}`);
  const ticket = page.getByRole("region", { name: "Visitor ticket" });

  // What the group link carries is filled in and locked.
  for (const label of ["Group conversation ID", "Customer identity in the group", "Tenant ID"]) {
    await expect(ticket.getByLabel(label)).not.toHaveValue("");
    await expect(ticket.getByLabel(label)).toHaveAttribute("readonly", "");
  }
  await expect(ticket.getByLabel("DingTalk corp ID")).toBeEditable();

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
