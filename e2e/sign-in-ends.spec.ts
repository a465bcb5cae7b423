import { csrf, demoAccounts, expect, signedInContext, test } from "./fixtures.ts";
import { openSession } from "./helpers.ts";

// When the sign-in ends elsewhere (signed out on another tab, disabled, expired), the server ends
// the console's event stream; the console then asks for a sign-in over the screen, keeping what the
// agent was typing, and goes on where it was once signed in again.

test("a sign-in ended elsewhere brings up the sign-in dialog, and the draft survives it", async ({ page, request }) => {
  const sid = await openSession(request, "Zhao Lei", "0");
  await page.goto(`/?sid=${sid}`);
  const box = page.getByRole("form", { name: "Write a message" }).getByRole("textbox", { name: "Message", exact: true });
  await box.fill("Your parcel left the warehouse this morning");
  // The console is live (its stream is open) before the sign-in ends.
  await expect(page.getByRole("heading", { level: 2, name: "Zhao Lei" })).toBeVisible();

  // Signed out through the API with the page's own cookie: no request from the page tells it.
  expect((await request.post("/api/auth/logout", { headers: csrf })).status()).toBe(204);

  const form = page.getByRole("form", { name: "Sign in" });
  await expect(form.getByLabel("Username")).toBeVisible();
  await form.getByLabel("Username").fill(demoAccounts.agent.username);
  await form.getByLabel("Password").fill(demoAccounts.agent.password);
  await form.getByRole("button", { name: "Sign in" }).click();

  await expect(form).toHaveCount(0);
  await expect(box).toHaveValue("Your parcel left the warehouse this morning");
});

test("ending all my sign-ins signs this browser and every other one out", async ({ page, browser, baseURL }) => {
  const laptop = await signedInContext(browser, baseURL, "agent");
  try {
    expect((await laptop.request.get("/api/auth/me")).status()).toBe(200);
    await page.goto("/");
    await page.getByRole("banner").getByRole("button", { name: "End all my sign-ins" }).click();
    await expect(page.getByRole("form", { name: "Sign in" }).getByLabel("Username")).toBeVisible();
    expect((await laptop.request.get("/api/auth/me")).status()).toBe(401);
  } finally {
    await laptop.close();
  }
});
