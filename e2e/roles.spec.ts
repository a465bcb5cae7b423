import { csrf, demoAccounts, expect, signedInContext, test, type Page } from "./fixtures.ts";

// What each role sees. Agents have the workspace only: no links to the supervisor's screens, a
// supervisor's link opens their workspace, and the API refuses them the board. Supervisors move
// between the workspace, the board and the audit trail, and see every agent's sessions.

async function signIn(page: Page, role: keyof typeof demoAccounts) {
  await page.goto("/");
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("Username").fill(demoAccounts[role].username);
  await form.getByLabel("Password").fill(demoAccounts[role].password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("banner")).toContainText(role === "agent" ? "Demo Agent" : "Demo Supervisor");
}

async function signOut(page: Page) {
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("form", { name: "Sign in" }).getByLabel("Username")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
}

test.describe("through the sign-in form", () => {
  test.use({ signedInAs: "anonymous" });

  test("an agent sees no supervisor screens, not even from a supervisor's link", async ({ page }) => {
    await signIn(page, "agent");
    await expect(page.getByRole("heading", { name: "No session selected" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Console screens" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Board", exact: true })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Audit" })).toHaveCount(0);

    for (const view of ["board", "audit"]) {
      await page.goto(`/?view=${view}`);
      await expect(page.getByRole("heading", { name: "Sessions", level: 2 })).toBeVisible();
      await expect(page.getByRole("heading", { level: 1, name: /Supervisor board|Audit trail/ })).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Close selected…" })).toHaveCount(0);
    }

    await signOut(page);
  });

  test("a supervisor moves between sessions, board and audit; the screen survives a reload", async ({ page, expectAccessible }) => {
    await signIn(page, "supervisor");
    const nav = page.getByRole("navigation", { name: "Console screens" });
    await expect(nav.getByRole("link", { name: "Sessions" })).toHaveAttribute("aria-current", "page");

    await nav.getByRole("link", { name: "Board", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Supervisor board" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Board", exact: true })).toHaveAttribute("aria-current", "page");

    await nav.getByRole("link", { name: "Audit" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
    await expect(page).toHaveURL(/[?&]view=audit/);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
    await expectAccessible("audit screen");

    await page.goBack();
    await expect(page.getByRole("heading", { level: 1, name: "Supervisor board" })).toBeVisible();
    await nav.getByRole("link", { name: "Sessions" }).click();
    await expect(page.getByRole("heading", { name: "Sessions", level: 2 })).toBeVisible();
    await expect(page).not.toHaveURL(/view=/);

    await signOut(page);
  });
});

test("the API refuses an agent the board, the bulk close and the audit trail", async ({ request }) => {
  expect((await request.get("/api/board/sessions")).status()).toBe(403);
  expect((await request.get("/api/audit")).status()).toBe(403);
  const bulk = await request.post("/api/board/bulk-close", { headers: csrf, data: { reason: "memberIsSilent", filter: {} } });
  expect(bulk.status()).toBe(403);
  expect(((await bulk.json()) as { error: { code: string } }).error.code).toBe("forbidden");
});

test.describe("as a supervisor", () => {
  test.use({ signedInAs: "supervisor" });

  test("the workspace lists every agent's sessions and says whose they are", async ({ page, browser, baseURL }) => {
    const agent = await signedInContext(browser, baseURL, "agent");
    const nick = `Agent's customer ${Date.now().toString(36)}`;
    const res = await agent.request.post("/api/sessions", {
      headers: csrf,
      data: { source: { channel: "2", channel_uid: `u-${Date.now()}`, channel_nick: nick }, target: {} },
    });
    expect(res.status()).toBe(201);
    await agent.close();

    await page.goto("/");
    const item = page.getByRole("navigation", { name: "Sessions" }).getByRole("link", { name: new RegExp(nick) });
    await expect(item).toContainText("Demo Agent");
    await expect(item).toHaveAccessibleName(/Assigned to 演示客服 Demo Agent/);
  });
});
