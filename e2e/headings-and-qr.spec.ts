import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { expect, type Page, test } from "./fixtures.ts";
import { openSession, openSessionWithGroup } from "./helpers.ts";

// Every console screen has exactly one level-one heading (axe `page-has-heading-one`, a "moderate"
// rule the shared serious/critical check would let pass), and the group's QR code scans: a
// four-module quiet zone, whole pixels of at least 4 per module, and a PNG download of the same.

async function expectOneH1(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withRules(["page-has-heading-one"]).analyze();
  expect(results.violations.map((v) => `${screen}: ${v.id}`)).toEqual([]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
}

test.describe("as a supervisor", () => {
  test.use({ signedInAs: "supervisor" });

  test("every console screen has one level-one heading", async ({ page, request }) => {
    test.slow(); // five screens, each loaded and scanned
    const sid = await openSession(request, "Heading Check", "3");
    await page.goto("/");
    await expect(page.getByRole("button", { name: "New session" })).toBeVisible();
    await expectOneH1(page, "sessions");
    await page.goto(`/?sid=${sid}`);
    await expect(page.getByRole("main").getByRole("heading", { level: 2, name: "Heading Check" })).toBeVisible();
    await expectOneH1(page, "session");
    const nav = page.getByRole("navigation", { name: "Console screens" });
    for (const screen of ["Board", "Audit", "Quick replies"]) {
      await nav.getByRole("link", { name: screen }).click();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectOneH1(page, screen);
    }
  });
});

test.describe("signed out", () => {
  test.use({ signedInAs: "anonymous" });

  test("the sign-in screen has one level-one heading", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expectOneH1(page, "sign-in");
  });
});

test("the QR code has a quiet zone and 4+ px modules, and downloads as a PNG named after the session", async ({ page, request, snapshot }) => {
  const sid = await openSessionWithGroup(request, "QR Scanner", "1");
  await page.goto(`/?sid=${sid}`);
  const group = page.getByRole("main").getByRole("region", { name: "DingTalk group" });
  const code = group.getByRole("img", { name: "Group QR code (DingTalk link)" });
  await expect(code).toBeVisible();

  // The side panel shows it to fit; "Show large" shows it to scan. The SVG's viewBox counts modules
  // plus quiet zone; its width on screen is a whole number (4 or more) of pixels per module.
  await group.getByRole("button", { name: "Show large" }).click();
  const dialog = page.getByRole("dialog", { name: "Group QR code" });
  const large = dialog.getByRole("img", { name: "Group QR code (DingTalk link)" });
  await expect(large).toBeVisible();
  const onScreen = await large.evaluate((svg) => {
    const element = svg as SVGSVGElement;
    return { cells: element.viewBox.baseVal.width, width: element.getBoundingClientRect().width };
  });
  const modulePx = onScreen.width / onScreen.cells;
  expect(modulePx).toBeGreaterThanOrEqual(4);
  expect(Number.isInteger(modulePx)).toBe(true);
  await snapshot("groups-qr-large-en");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  const [download] = await Promise.all([page.waitForEvent("download"), group.getByRole("button", { name: "Download PNG" }).click()]);
  expect(download.suggestedFilename()).toBe(`dingtalk-group-qr-${sid}.png`);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a"); // the PNG signature

  // Read the pixels back: an all-light border four modules wide, then the finder pattern's dark corner.
  const pixels = await page.evaluate(async (base64) => {
    const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: "image/png" });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext("2d")!;
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    // The red channel of each pixel is enough: the code is black on white.
    return { width: bitmap.width, height: bitmap.height, red: Array.from(data.filter((_, i) => i % 4 === 0)) };
  }, bytes.toString("base64"));
  expect(pixels.width).toBe(pixels.height);
  const modules = onScreen.cells;
  const px = pixels.width / modules;
  expect(px).toBe(8);
  const isDark = (x: number, y: number) => (pixels.red[y * pixels.width + x] ?? 255) < 128;
  const quiet = 4 * px;
  const border: boolean[] = [];
  for (let i = 0; i < pixels.width; i++) {
    for (let q = 0; q < quiet; q++) border.push(isDark(i, q), isDark(i, pixels.width - 1 - q), isDark(q, i), isDark(pixels.width - 1 - q, i));
  }
  expect(border.some(Boolean), "a dark pixel in the quiet zone").toBe(false);
  expect(isDark(quiet + 1, quiet + 1), "the top-left finder pattern starts right after the quiet zone").toBe(true);
  await snapshot("groups-qr-en");
});
