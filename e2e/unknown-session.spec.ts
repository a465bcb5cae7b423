import { csrf, expect, sandboxAdmin, test } from "./fixtures.ts";
import { openSession } from "./helpers.ts";

// A session the platform no longer knows (the sandbox is reset, as a restarted platform would forget
// it): the console says so, never offers "Retrying is safe", and lets the agent mark it closed.

test("a session the platform forgot is shown as such and can be marked closed", async ({ page, request, expectAccessible, snapshot }) => {
  const sid = await openSession(request, "Forgotten Customer", "0");
  expect((await request.post(`${sandboxAdmin}/reset`, { data: {} })).ok()).toBe(true);
  // A message sent to it fails with the platform's SESSION_NOT_FOUND.
  const sent = await request.post(`/api/sessions/${sid}/messages`, {
    headers: csrf,
    data: { message_id: `m-${sid}`, type: "TEXT", payload: { text: "您好" } },
  });
  expect(sent.status()).toBe(410);

  await page.goto(`/?sid=${sid}`);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 2, name: "Forgotten Customer" })).toBeVisible();
  await expect(main.getByText("The platform no longer knows this session", { exact: true })).toBeVisible();
  await expect(main.getByText(/cannot take messages/)).toBeVisible();
  await expect(page.getByText(/Retrying is safe/)).toHaveCount(0);
  await expect(main.getByRole("button", { name: "Retry", exact: true })).toHaveCount(0);

  // Closing it on the platform cannot work: said plainly, with no "Try again".
  await main.getByRole("button", { name: "Close session" }).click();
  const closeDialog = page.getByRole("dialog", { name: "Close session" });
  await closeDialog.getByRole("radio", { name: "Customer stopped replying" }).check();
  await closeDialog.getByRole("button", { name: "Close session" }).click();
  await expect(closeDialog.getByRole("alert")).toContainText("no longer knows this session");
  await expect(closeDialog.getByRole("button", { name: "Try again" })).toHaveCount(0);
  await closeDialog.getByRole("button", { name: "Cancel" }).click();

  await main.getByRole("button", { name: "Mark closed" }).click();
  const dialog = page.getByRole("dialog", { name: "Mark session closed" });
  await dialog.getByRole("radio", { name: "Connection lost (heartbeat timed out)" }).check();
  await dialog.getByLabel("Note").fill("sandbox restarted");
  await expectAccessible("mark closed dialog");
  await snapshot("sessions-mark-closed");
  await dialog.getByRole("button", { name: "Mark closed" }).click();
  await expect(dialog).toBeHidden();

  await expect(main.getByText("Marked closed in the console: the platform no longer knew this session.")).toBeVisible();
  await expect(main.getByText("Note: sandbox restarted")).toBeVisible();
  await expect(main.getByRole("button", { name: "Mark closed" })).toHaveCount(0);
  await expect(page.getByText(/Retrying is safe/)).toHaveCount(0);
  await expectAccessible("session marked closed");
});

test.describe("as a supervisor", () => {
  test.use({ signedInAs: "supervisor" });

  test("bulk close tells apart the sessions the platform no longer knows", async ({ page, request, expectAccessible }) => {
    const source = `e2e-unknown-${Date.now().toString(36)}`;
    const open = async (nick: string) => {
      const res = await request.post("/api/sessions", {
        headers: csrf,
        data: { source: { channel: "0", channel_uid: `u-${source}-${nick}`, channel_nick: nick, session_source: source }, target: {} },
      });
      expect(res.status()).toBe(201);
    };
    await open("Lost 1");
    await open("Lost 2");
    expect((await request.post(`${sandboxAdmin}/reset`, { data: {} })).ok()).toBe(true);
    await open("Known 1");

    await page.goto("/?view=board");
    const form = page.getByRole("form", { name: "Filter sessions" });
    await form.getByLabel("Session source").fill(source);
    await form.getByRole("button", { name: "Apply filters" }).click();
    const table = page.getByRole("table", { name: "Open sessions, longest idle first" });
    await expect(table.getByRole("row")).toHaveCount(4);
    await table.getByRole("checkbox", { name: "Select all 3 sessions shown" }).check();
    await page.getByRole("button", { name: "Close selected…" }).click();
    const dialog = page.getByRole("dialog", { name: "Close sessions" });
    await dialog.getByRole("radio", { name: "Customer ended the session" }).check();
    await dialog.getByRole("checkbox", { name: /I understand/ }).check();
    await dialog.getByRole("button", { name: "Close sessions" }).click();

    const progress = page.getByRole("region", { name: "Bulk close" });
    await expect(progress.getByRole("status")).toHaveText("Finished: 1 closed, 2 not known to the platform, 0 failed.");
    await expect(progress.getByText(/The platform no longer knows 2 of these sessions/)).toBeVisible();
    await expect(progress.getByRole("button", { name: /Retry failed/ })).toHaveCount(0);
    // Still open here, marked on the board, until someone marks them closed.
    await expect(table.getByRole("row")).toHaveCount(3);
    await expect(table.getByRole("row", { name: /Lost 1/ }).getByText("Not known to the platform")).toBeVisible();
    await expectAccessible("board with sessions unknown to the platform");
  });
});
