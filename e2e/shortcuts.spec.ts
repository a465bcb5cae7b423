import { expect, type Page, test } from "./fixtures.ts";
import { openSession } from "./helpers.ts";

// Shortcuts that cannot surprise (WCAG 2.1.4): single keys can be turned off and stay off after a
// reload; a key that would call the platform asks first; focus lands where the next key or word goes.

/** The header's tools fold behind "Menu" on narrower screens: unfold them when they are. */
async function headerTool(page: Page, name: string) {
  const menu = page.getByRole("button", { name: /^(Menu|菜单)$/ });
  if (await menu.isVisible()) await menu.click();
  return page.getByRole("button", { name, exact: true });
}

async function sessionHasGroup(page: Page, sid: string): Promise<boolean> {
  const res = await page.request.get(`/api/sessions/${sid}`);
  expect(res.ok()).toBe(true);
  const body = (await res.json()) as { group?: unknown };
  return body.group !== undefined;
}

test("with single-key shortcuts off, g and c do nothing, also after a reload, and the list says so", async ({ page, request }) => {
  const sid = await openSession(request, "Quiet Keys", "3");
  await page.goto(`/?sid=${sid}`);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 2, name: "Quiet Keys" })).toBeVisible();

  // Off in the settings beside the notification switches.
  await (await headerTool(page, "Notifications")).click();
  const settings = page.getByRole("dialog", { name: "Notifications" });
  const keyboard = settings.getByRole("region", { name: "Keyboard" });
  await keyboard.getByRole("checkbox", { name: "Single-key shortcuts" }).uncheck();
  await settings.getByRole("button", { name: "Done" }).click();
  await expect(settings).toBeHidden();

  await page.reload();
  await expect(main.getByRole("heading", { level: 2, name: "Quiet Keys" })).toBeVisible();
  await page.keyboard.press("g");
  await page.keyboard.press("c");
  await page.keyboard.press("?");
  await page.keyboard.press("n");
  // Whatever a key did would have opened a dialog by now: the pull confirmation, the close form, the list.
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(main.getByRole("button", { name: "Pull into group" })).toBeVisible();
  expect(await sessionHasGroup(page, sid)).toBe(false);
  await expect(main.getByText("This session is closed and read-only.")).toHaveCount(0);

  // The header's button still opens the list, which says the keys are off and turns them back on.
  await (await headerTool(page, "Keyboard shortcuts")).click();
  const list = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(list.getByText("Single-key shortcuts are off: the keys below do nothing.")).toBeVisible();
  await list.getByRole("checkbox", { name: "Single-key shortcuts" }).check();
  await expect(list.getByText("Single-key shortcuts are on.")).toBeVisible();
  await page.keyboard.press("Escape");
  await page.keyboard.press("c");
  await expect(page.getByRole("dialog", { name: "Close session" })).toBeVisible();
});

test("g asks before making a group: Cancel makes none, confirming makes one", async ({ page, request, expectAccessible, snapshot }) => {
  const sid = await openSession(request, "Ask First", "3");
  await page.goto(`/?sid=${sid}`);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 2, name: "Ask First" })).toBeVisible();

  await page.keyboard.press("g");
  const confirm = page.getByRole("dialog", { name: "Pull into a DingTalk group?" });
  await expect(confirm).toContainText("create a DingTalk group with Ask First");
  // Focus starts on the harmless answer: Enter alone makes no group.
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectAccessible("pull confirmation");
  await snapshot("shortcuts-confirm-pull-en");
  await page.keyboard.press("Enter");
  await expect(confirm).toBeHidden();
  expect(await sessionHasGroup(page, sid)).toBe(false);
  await expect(main.getByRole("button", { name: "Pull into group" })).toBeVisible();

  await page.keyboard.press("g");
  await page.keyboard.press("Escape");
  await expect(confirm).toBeHidden();
  expect(await sessionHasGroup(page, sid)).toBe(false);

  await page.keyboard.press("g");
  await confirm.getByRole("button", { name: "Pull into group" }).click();
  await expect(main.getByRole("link", { name: "Open in DingTalk" })).toBeVisible();
  expect(await sessionHasGroup(page, sid)).toBe(true);
});

test("focus goes to a new session's composer, and to the opened conversation after j and k", async ({ page, request }) => {
  const first = await openSession(request, "Focus One", "3");
  await openSession(request, "Focus Two", "3");
  await page.goto(`/?sid=${first}`);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 2, name: "Focus One" })).toBeVisible();

  // Most recent first: Two is above One.
  await page.keyboard.press("k");
  await expect(main.getByRole("heading", { level: 2, name: "Focus Two" })).toBeVisible();
  await expect(main.getByRole("region", { name: "Conversation" })).toBeFocused();
  // Focus on the conversation (not in a text box) lets the next key move again.
  await page.keyboard.press("j");
  await expect(main.getByRole("heading", { level: 2, name: "Focus One" })).toBeVisible();
  await expect(main.getByRole("region", { name: "Conversation" })).toBeFocused();

  await page.keyboard.press("n");
  const form = page.getByRole("dialog", { name: "New session" });
  await form.getByLabel("Channel user ID").fill(`focus-${Date.now()}`);
  await form.getByLabel("Customer nickname").fill("Focus Three");
  await form.getByRole("radio", { name: "H5 web page" }).check();
  await form.getByRole("button", { name: "Open session" }).click();
  await expect(main.getByRole("heading", { level: 2, name: "Focus Three" })).toBeVisible();
  const composer = main.getByRole("region", { name: "Conversation" }).getByRole("textbox").first();
  await expect(composer).toBeFocused();
  await page.keyboard.type("hello");
  await expect(composer).toHaveValue("hello");
});

test("closing a session with an unsent draft asks first", async ({ page, request, snapshot }) => {
  const sid = await openSession(request, "Draft Keeper", "3");
  await page.goto(`/?sid=${sid}`);
  const main = page.getByRole("main");
  const composer = main.getByRole("region", { name: "Conversation" }).getByRole("textbox").first();
  await composer.fill("Your refund is on its way");
  // The draft is kept across a reload (the composer saves it when the page goes away).
  await page.reload();
  await expect(composer).toHaveValue("Your refund is on its way");

  await main.getByRole("button", { name: "Close session" }).click();
  const dialog = page.getByRole("dialog", { name: "Close session" });
  await expect(dialog.getByRole("alert")).toContainText("You have an unsent draft; close anyway?");
  await snapshot("shortcuts-draft-close-en");
  await dialog.getByRole("radio", { name: "Customer stopped replying" }).check();
  await dialog.getByRole("button", { name: "Close anyway" }).click();
  await expect(dialog).toBeHidden();
  await expect(main.getByText("This session is closed and read-only.")).toBeVisible();
});

test("a draft typed just before closing is still asked about", async ({ page, request }) => {
  const sid = await openSession(request, "Quick Closer", "3");
  await page.goto(`/?sid=${sid}`);
  const main = page.getByRole("main");
  const composer = main.getByRole("region", { name: "Conversation" }).getByRole("textbox").first();
  await composer.fill("One more thing");
  await main.getByRole("button", { name: "Close session" }).click();
  const dialog = page.getByRole("dialog", { name: "Close session" });
  // Leaving the composer saved the draft at once (not after the typing pause): the dialog says so
  // before anything is closed, and its button asks for the deliberate "Close anyway".
  await expect(dialog.getByRole("alert")).toContainText("You have an unsent draft; close anyway?");
  await expect(dialog.getByRole("button", { name: "Close anyway" })).toBeVisible();
  await expect(main.getByText("This session is closed and read-only.")).toHaveCount(0);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(composer).toHaveValue("One more thing");
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("the confirmation, the switch and the draft warning speak Chinese", async ({ page, request, snapshot }) => {
    const sid = await openSession(request, "王芳", "3");
    await page.goto(`/?sid=${sid}`);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 2, name: "王芳" })).toBeVisible();
    await page.keyboard.press("g");
    const confirm = page.getByRole("dialog", { name: "确认一键拉群？" });
    await expect(confirm).toContainText("将请求平台为 王芳 创建钉钉群");
    await snapshot("shortcuts-confirm-pull-zh");
    await confirm.getByRole("button", { name: "取消" }).click();

    await (await headerTool(page, "键盘快捷键")).click();
    const list = page.getByRole("dialog", { name: "键盘快捷键" });
    await expect(list.getByText("单键快捷键已开启。")).toBeVisible();
    await list.getByRole("checkbox", { name: "单键快捷键" }).uncheck();
    await expect(list.getByText("单键快捷键已关闭：下列按键不会执行任何操作。")).toBeVisible();
    await snapshot("shortcuts-list-off-zh");
    await page.keyboard.press("Escape");

    const composer = main.getByRole("region", { name: "会话消息" }).getByRole("textbox").first();
    await composer.fill("稍等，我查一下");
    await page.reload();
    await main.getByRole("button", { name: "结束会话" }).click();
    const dialog = page.getByRole("dialog", { name: "结束会话" });
    await expect(dialog.getByRole("alert")).toContainText("你有未发送的草稿，仍要结束会话吗？");
    await expect(dialog.getByRole("button", { name: "仍然结束" })).toBeVisible();
    await snapshot("shortcuts-draft-close-zh");
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the confirmation and the keyboard switch fit the screen", async ({ page, request, expectAccessible, snapshot }) => {
    const sid = await openSession(request, "Phone Keys", "3");
    await page.goto(`/?sid=${sid}`);
    await expect(page.getByRole("main").getByRole("heading", { level: 2, name: "Phone Keys" })).toBeVisible();
    await page.keyboard.press("g");
    const confirm = page.getByRole("dialog", { name: "Pull into a DingTalk group?" });
    await expect(confirm.getByRole("button", { name: "Pull into group" })).toBeInViewport();
    await expectAccessible("pull confirmation on a phone");
    await snapshot("shortcuts-confirm-pull-390");
    await page.keyboard.press("Escape");

    await (await headerTool(page, "Notifications")).click();
    const settings = page.getByRole("dialog", { name: "Notifications" });
    await expect(settings.getByRole("checkbox", { name: "Single-key shortcuts" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await snapshot("shortcuts-settings-390");
  });
});
