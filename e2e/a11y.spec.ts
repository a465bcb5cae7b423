import { expect, test } from "./fixtures.ts";
import { openSession } from "./helpers.ts";

// Everything without a mouse: the shortcuts, their limits (never while typing), dialogs that hold
// and return focus, and an axe scan of each screen.

test("the shortcut list opens on ?, traps focus and gives it back on Escape", async ({ page, expectAccessible, snapshot }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "No session selected" })).toBeVisible();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("row", { name: /n New session/ })).toBeVisible();
  await expectAccessible("shortcuts dialog");
  await snapshot("a11y-shortcuts");

  // Keys inside the dialog do not reach the page behind it.
  await page.keyboard.press("n");
  await expect(page.getByRole("dialog", { name: "New session" })).toBeHidden();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  await page.getByRole("button", { name: "Keyboard shortcuts" }).focus();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Keyboard shortcuts" })).toBeFocused();
});

test("n, j, k, g and c work from the keyboard, and never while typing", async ({ page, request }) => {
  const first = await openSession(request, "Keyboard One", "3");
  await openSession(request, "Keyboard Two", "3");
  await page.goto(`/?sid=${first}`);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 2, name: "Keyboard One" })).toBeVisible();

  // Most recent first: Two is above One, so k goes up to Two and j comes back down.
  await page.keyboard.press("k");
  await expect(main.getByRole("heading", { level: 2, name: "Keyboard Two" })).toBeVisible();
  await page.keyboard.press("j");
  await expect(main.getByRole("heading", { level: 2, name: "Keyboard One" })).toBeVisible();
  await page.keyboard.press("Alt+j");
  await expect(main.getByRole("heading", { level: 2, name: "Keyboard One" })).toBeVisible();

  await page.keyboard.press("n");
  const form = page.getByRole("dialog", { name: "New session" });
  await expect(form.getByLabel("Channel user ID")).toBeFocused();
  await page.keyboard.type("jkgcn?");
  await expect(form.getByLabel("Channel user ID")).toHaveValue("jkgcn?");
  await page.keyboard.press("Escape");
  await expect(form).toBeHidden();
  await expect(main.getByRole("heading", { level: 2, name: "Keyboard One" })).toBeVisible();

  // g asks first: it calls the platform.
  await page.keyboard.press("g");
  await page.getByRole("dialog", { name: "Pull into a DingTalk group?" }).getByRole("button", { name: "Pull into group" }).click();
  await expect(main.getByRole("link", { name: "Open in DingTalk" })).toBeVisible();

  await page.keyboard.press("c");
  const close = page.getByRole("dialog", { name: "Close session" });
  await expect(close.getByRole("radio", { name: "Customer stopped replying" })).toBeFocused();
  await page.keyboard.press("Space");
  // Tab leaves the reason group for the operator group, then reaches the submit button.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(close.getByRole("button", { name: "Close session" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(close).toBeHidden();
  await expect(main.getByText("This session is closed and read-only.")).toBeVisible();
});

test("the session list moves with the arrow keys and opens with Enter", async ({ page, request, expectAccessible }) => {
  await openSession(request, "Arrow One", "3");
  await openSession(request, "Arrow Two", "3");
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Sessions" });
  await nav.getByRole("link", { name: /Arrow Two/ }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(nav.getByRole("link", { name: /Arrow One/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main").getByRole("heading", { level: 2, name: "Arrow One" })).toBeVisible();
  await expect(page).toHaveURL(/sid=/);
  await expectAccessible("session list");
});

test("going offline is announced, nothing typed is lost, and a waiting submit goes through when back", async ({ page, context }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "New session" }).click();
  const form = page.getByRole("dialog", { name: "New session" });
  await form.getByLabel("Channel user ID").fill("buyer-offline");
  await form.getByLabel("Customer nickname").fill("Offline Customer");
  await form.getByRole("radio", { name: "H5 web page" }).check();

  await context.setOffline(true);
  await expect(page.getByRole("status").filter({ hasText: "You are offline." })).toBeVisible();
  await form.getByRole("button", { name: "Open session" }).click();
  await expect(form.getByRole("button", { name: "Waiting for the connection…" })).toBeVisible();
  await expect(form.getByLabel("Channel user ID")).toHaveValue("buyer-offline");

  await context.setOffline(false);
  await expect(page.getByRole("main").getByRole("heading", { level: 2, name: "Offline Customer" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "You are offline." })).toHaveCount(0);
});

