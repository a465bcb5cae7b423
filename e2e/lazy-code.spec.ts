import { expect, test } from "./fixtures.ts";
import { openSession } from "./helpers.ts";

// Code that loads on demand and cannot be fetched (the network dropped, or a new version was deployed
// meanwhile): the part it was for says so and offers a reload; the rest of the console keeps working.

test("a session pane whose code cannot be fetched says so, and the list still works", async ({ page, request }) => {
  const sid = await openSession(request, "Unreachable Pane", "0");
  await page.route("**/assets/session-pane-*.js", (route) => route.abort("internetdisconnected"));
  await page.goto(`/?sid=${sid}`);

  const notice = page.getByRole("main").getByRole("alert");
  await expect(notice).toContainText("This screen could not be loaded");
  await expect(notice.getByRole("button", { name: "Reload" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Unreachable Pane/ })).toBeVisible();

  // Once the code can be fetched again, the reload it offers brings the session up.
  await page.unroute("**/assets/session-pane-*.js");
  await notice.getByRole("button", { name: "Reload" }).click();
  await expect(page.getByRole("main").getByRole("heading", { level: 2, name: "Unreachable Pane" })).toBeVisible();
});

test("a console whose code cannot be fetched says so instead of a blank page", async ({ page, request }) => {
  // The page's entry script and the console's own chunk are both named console-<hash>.js: spare the entry.
  const entry = /src="(\/assets\/console-[^"]+\.js)"/.exec(await (await request.get("/")).text())?.[1];
  expect(entry).toBeDefined();
  await page.route(/\/assets\/console-[^/]+\.js$/, (route) =>
    new URL(route.request().url()).pathname === entry ? route.fallback() : route.abort("internetdisconnected"),
  );
  await page.goto("/");
  const notice = page.getByRole("alert");
  await expect(notice).toContainText("This screen could not be loaded");
  await expect(notice.getByRole("button", { name: "Reload" })).toBeVisible();
});

test.describe("as a supervisor", () => {
  test.use({ signedInAs: "supervisor" });

  test("a supervisor's screen whose code cannot be fetched says so instead of a blank page", async ({ page }) => {
    await page.route("**/assets/board-screen-*.js", (route) => route.abort("internetdisconnected"));
    await page.goto("/?view=board");
    await expect(page.getByRole("main").getByRole("alert")).toContainText("This screen could not be loaded");
    // The header and the other screens are still there.
    await page.getByRole("navigation", { name: "Console screens" }).getByRole("link", { name: "Audit" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  });
});
