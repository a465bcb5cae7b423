import { demoAccounts, expect, test } from "./fixtures.ts";

// Opening and closing sessions as an agent does it: through the form, the session header and the
// close dialog, located by role and label only.

test.describe("signed out", () => {
  test.use({ signedInAs: "anonymous" });

  test("signs in from the sign-in screen; a wrong password is said plainly", async ({ page, expectAccessible, snapshot }) => {
    await page.goto("/");
    const form = page.getByRole("form", { name: "Sign in" });
    await expect(form.getByLabel("Username")).toBeFocused();
    await expectAccessible("sign-in screen");
    await snapshot("sessions-sign-in");

    await form.getByLabel("Username").fill(demoAccounts.agent.username);
    await form.getByLabel("Password").fill("not-the-password");
    await form.getByRole("button", { name: "Sign in" }).click();
    await expect(form.getByRole("alert")).toContainText("Wrong username or password.");

    await form.getByLabel("Password").fill(demoAccounts.agent.password);
    await form.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "No session selected" })).toBeVisible();
    await expect(page.getByRole("banner")).toContainText("Demo Agent");
  });
});

test.describe("signed in", () => {
  test("opens a session from the form and keeps it selected across a reload", async ({ page, expectAccessible, snapshot }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "No session selected" })).toBeVisible();
    await snapshot("sessions-empty");

    await page.getByRole("button", { name: "New session" }).click();
    const dialog = page.getByRole("dialog", { name: "New session" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel("Channel user ID")).toBeFocused();
    // Pre-filled from GET /api/config and a generated sid.
    await expect(dialog.getByLabel("Business unit ID")).not.toHaveValue("");
    await expect(dialog.getByRole("textbox", { name: "Session ID", exact: true })).toHaveValue(/^s-\d{14}-[0-9a-z]{6}$/);

    await dialog.getByLabel("Channel user ID").fill("buyer-1001");
    await dialog.getByLabel("Customer nickname").fill("Li Lei");
    await dialog.getByRole("radio", { name: "WeChat mini-program" }).check();
    await dialog.getByText("More fields").click();
    await dialog.getByLabel("Summary").fill("Asks about a late parcel");
    await expectAccessible("new session form");
    await snapshot("sessions-new-form");
    await dialog.getByRole("button", { name: "Open session" }).click();

    await expect(dialog).toBeHidden();
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 2, name: "Li Lei" })).toBeVisible();
    await expect(main.getByText("WeChat mini-program").first()).toBeVisible();
    await expect(page).toHaveURL(/[?&]sid=s-/);
    await expect(page.getByRole("navigation", { name: "Sessions" }).getByRole("link", { name: /Li Lei/ })).toHaveAttribute(
      "aria-current",
      "true",
    );

    await page.reload();
    await expect(page.getByRole("main").getByRole("heading", { level: 2, name: "Li Lei" })).toBeVisible();
    await expectAccessible("open session");
    await snapshot("sessions-open");
  });

  test("shows what is wrong on the field itself, in words", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "New session" }).click();
    const dialog = page.getByRole("dialog", { name: "New session" });
    await dialog.getByRole("button", { name: "Open session" }).click();

    const uid = dialog.getByLabel("Channel user ID");
    await expect(uid).toHaveAttribute("aria-invalid", "true");
    await expect(uid).toHaveAccessibleDescription("Channel user ID is required.");
    await expect(uid).toBeFocused();
    await expect(dialog.getByRole("radiogroup", { name: "Channel" })).toHaveAccessibleDescription("Channel is required.");

    await uid.fill("buyer-2");
    await dialog.getByRole("textbox", { name: "Session ID", exact: true }).fill("");
    await dialog.getByRole("button", { name: "Open session" }).click();
    await expect(dialog.getByRole("textbox", { name: "Session ID", exact: true })).toHaveAccessibleDescription(/Session ID is required\./);
    await expect(uid).not.toHaveAttribute("aria-invalid", "true");

    // Escape closes the dialog and gives focus back to the button that opened it.
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("button", { name: "New session" })).toBeFocused();
  });

  test("closes a session with a reason; it becomes read-only and says why", async ({ page, sandbox, expectAccessible, snapshot }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "New session" }).click();
    const form = page.getByRole("dialog", { name: "New session" });
    await form.getByLabel("Channel user ID").fill("buyer-close");
    await form.getByLabel("Customer nickname").fill("Han Meimei");
    await form.getByRole("radio", { name: "H5 web page" }).check();
    await form.getByRole("button", { name: "Open session" }).click();
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 2, name: "Han Meimei" })).toBeVisible();

    // The platform refuses the first attempt: the notice explains it and keeps the details for support.
    await sandbox.addFault({
      method: "alibaba.lyservice.lippi.session.close",
      kind: "error_response",
      error: { code: 50, msg: "Remote service error", sub_code: "isv.invalid-parameter", sub_msg: "非法参数" },
    });
    await main.getByRole("button", { name: "Close session" }).click();
    const dialog = page.getByRole("dialog", { name: "Close session" });
    await dialog.getByRole("radio", { name: "Customer ended the session" }).check();
    await dialog.getByRole("button", { name: "Close session" }).click();
    const alert = dialog.getByRole("alert");
    await expect(alert).toContainText("The customer-service platform refused the request.");
    await alert.getByText("Details for support").click();
    await expect(alert.getByText("isv.invalid-parameter")).toBeVisible();
    await expect(alert.getByText("非法参数", { exact: true })).toBeVisible();
    await expectAccessible("close failure");
    await snapshot("sessions-close-failed");

    // Trying again with the same choices succeeds.
    await dialog.getByRole("button", { name: "Close session" }).click();
    await expect(dialog).toBeHidden();
    await expect(main.getByText("Customer ended the session")).toBeVisible();
    await expect(main.getByText("This session is closed and read-only.")).toBeVisible();
    await expect(main.getByRole("button", { name: "Close session" })).toHaveCount(0);
    await expect(main.getByRole("button", { name: "Pull into group" })).toHaveCount(0);
    // It leaves the inbox's Open list for the Closed one.
    const nav = page.getByRole("navigation", { name: "Sessions" });
    await expect(nav.getByRole("link", { name: /Han Meimei/ })).toHaveCount(0);
    await nav.getByRole("button", { name: "Closed" }).click();
    await expect(nav.getByRole("link", { name: /Han Meimei/ })).toContainText("Closed");
    await snapshot("sessions-closed");
  });

  test("a session closed elsewhere shows as closed at once (server-sent events)", async ({ page, request }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "New session" }).click();
    const form = page.getByRole("dialog", { name: "New session" });
    await form.getByLabel("Channel user ID").fill("buyer-live");
    await form.getByLabel("Customer nickname").fill("Sun Li");
    await form.getByRole("radio", { name: "In-app (APP)" }).check();
    await form.getByRole("button", { name: "Open session" }).click();
    const main = page.getByRole("main");
    await expect(main.getByRole("button", { name: "Close session" })).toBeVisible();

    const sid = new URL(page.url()).searchParams.get("sid");
    const res = await request.post(`/api/sessions/${sid}/close`, {
      headers: { "x-requested-with": "lyservice-console" },
      data: { reason: "heartBeatBreak" },
    });
    expect(res.ok()).toBe(true);
    // Well inside the 60 s safety-net poll: only the event stream can bring this in time.
    await expect(main.getByText("Connection lost (heartbeat timed out)")).toBeVisible();
    await expect(main.getByRole("button", { name: "Close session" })).toHaveCount(0);
  });
});
