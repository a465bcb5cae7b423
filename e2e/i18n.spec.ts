import { expect, test } from "./fixtures.ts";

// The console speaks the browser's language at first (zh* → 简体中文, else English), can be switched in
// the header, remembers the choice, and keeps <html lang> in step.

test("switches between English and Chinese and remembers the choice", async ({ page, snapshot }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Sessions", exact: true })).toBeVisible();

  await page.getByLabel("语言 / Language").selectOption("zh-CN");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { name: "会话", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "新建会话" })).toBeVisible();
  await expect(page).toHaveTitle("瓴羊客服云 · 客服工作台");

  // Validation messages follow the language too.
  await page.getByRole("button", { name: "新建会话" }).click();
  const dialog = page.getByRole("dialog", { name: "新建会话" });
  await dialog.getByRole("button", { name: "创建会话" }).click();
  await expect(dialog.getByLabel("渠道会员 ID")).toHaveAccessibleDescription("请填写渠道会员 ID。");
  await snapshot("i18n-zh-form");
  await page.keyboard.press("Escape");

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { name: "会话", exact: true })).toBeVisible();

  await page.getByLabel("语言 / Language").selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "New session" })).toBeVisible();
});

test.describe("with a Chinese browser", () => {
  test.use({ locale: "zh-TW" });

  test("starts in Simplified Chinese", async ({ page, expectAccessible, snapshot }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { name: "未选择会话" })).toBeVisible();
    await expectAccessible("zh-CN empty state");
    await snapshot("i18n-zh-empty");
  });
});
