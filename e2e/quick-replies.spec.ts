import { csrf, expect, signedInContext, test, type Page } from "./fixtures.ts";

// Quick replies: a supervisor keeps them on their own screen (create, edit, delete after a confirmation,
// bilingual, a preview with the placeholders filled), a second supervisor's screen follows live, every
// change is in the audit trail, and an agent has no such screen (the API refuses them too).

const unique = () => Date.now().toString(36) + Math.random().toString(36).slice(2, 6);

async function openScreen(page: Page, heading = "Quick replies") {
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: heading }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

/** No sideways scrolling: the page is no wider than the window. */
async function expectNoHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test.describe("as a supervisor", () => {
  test.use({ signedInAs: "supervisor" });

  test("creates, edits and deletes a reply; another supervisor's screen follows; each change is audited", async ({ page, browser, baseURL, request, expectAccessible }) => {
    test.slow(); // two consoles and a dozen steps, on a machine shared with other suites
    const title = `Refund ${unique()}`;
    const other = await (await signedInContext(browser, baseURL, "supervisor")).newPage();
    await openScreen(other);
    await openScreen(page);
    await expect(page.getByRole("heading", { level: 2, name: "问候 Greeting" })).toBeVisible(); // seeded in sandbox mode

    await page.getByRole("button", { name: "New quick reply" }).click();
    const dialog = page.getByRole("dialog", { name: "New quick reply" });
    await expect(dialog.getByLabel("Title")).toBeFocused();
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog.getByLabel("Title")).toHaveAccessibleDescription(/Title is required\./);
    await expect(dialog.getByRole("textbox", { name: "Chinese text" })).toHaveAccessibleDescription(/Write the reply in Chinese, English or both\./);

    await dialog.getByLabel("Title").fill(title);
    const english = dialog.getByRole("textbox", { name: "English text" });
    await english.fill("Your refund for {{order_id}} is on its way, ");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(english).toHaveAccessibleDescription(/English text has an unknown placeholder \{\{order_id\}\}\. Use \{\{customer_nickname\}\} \/ \{\{agent_name\}\}\./);

    // Placeholders go in with buttons, at the caret; the preview shows sample values in their place.
    await english.fill("Your refund is on its way, ");
    await dialog.getByRole("button", { name: "Insert {{customer_nickname}} into English text" }).click();
    await expect(english).toBeFocused();
    await page.keyboard.type(". — ");
    await dialog.getByRole("button", { name: "Insert {{agent_name}} into English text" }).click();
    await expect(english).toHaveValue("Your refund is on its way, {{customer_nickname}}. — {{agent_name}}");
    await dialog.getByRole("textbox", { name: "Chinese text" }).fill("{{customer_nickname}}您好，退款已原路退回。");
    const preview = dialog.getByRole("region", { name: "Preview" });
    await expect(preview).toContainText("Your refund is on its way, Alex Chen. — 演示主管 Demo Supervisor");
    await expect(preview).toContainText("王小明您好，退款已原路退回。");
    await expect(dialog.getByRole("textbox", { name: "Chinese text" })).not.toHaveAccessibleDescription(/Write the reply/);
    await expectAccessible("quick reply dialog");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toHaveCount(0);

    const item = page.getByRole("article", { name: title });
    await expect(item).toContainText("Your refund is on its way, {{customer_nickname}}. — {{agent_name}}");
    await expect(item).toContainText("Changed by supervisor");
    await expect(other.getByRole("article", { name: title })).toBeVisible(); // live, no reload

    await item.getByRole("button", { name: `Edit “${title}”` }).click();
    const edit = page.getByRole("dialog", { name: "Edit quick reply" });
    await expect(edit.getByLabel("Title")).toHaveValue(title);
    await edit.getByRole("textbox", { name: "English text" }).fill("Refund sent, {{customer_nickname}}.");
    await edit.getByRole("button", { name: "Save" }).click();
    await expect(edit).toHaveCount(0);
    await expect(item).toContainText("Refund sent, {{customer_nickname}}.");
    await expect(other.getByRole("article", { name: title })).toContainText("Refund sent");

    await page.getByRole("searchbox", { name: "Search quick replies" }).fill(title.toUpperCase());
    await expect(page.getByRole("article")).toHaveCount(1);
    await page.getByRole("searchbox", { name: "Search quick replies" }).fill("");

    await item.getByRole("button", { name: `Delete “${title}”` }).click();
    const confirm = page.getByRole("dialog", { name: "Delete this quick reply?" });
    await expect(confirm).toContainText(title);
    await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
    await page.keyboard.press("Enter"); // the safe default: nothing is deleted
    await expect(confirm).toHaveCount(0);
    await expect(item).toBeVisible();
    await item.getByRole("button", { name: `Delete “${title}”` }).click();
    await page.getByRole("dialog", { name: "Delete this quick reply?" }).getByRole("button", { name: "Delete quick reply" }).click();
    await expect(page.getByRole("article", { name: title })).toHaveCount(0);
    await expect(other.getByRole("article", { name: title })).toHaveCount(0);

    const audit = (await (await request.get("/api/audit?actor=supervisor&limit=200")).json()) as { items: Array<{ method: string; msg?: string }> };
    const mine = audit.items.filter((e) => e.msg === title).map((e) => e.method);
    expect(mine).toEqual(["console.quick_reply.delete", "console.quick_reply.update", "console.quick_reply.create"]);
    await other.context().close();
  });

  test("a title another reply has in another case is refused under Title, keeping what was typed", async ({ page, request }) => {
    const title = `Greeting ${unique()}`;
    const existing = await request.post("/api/quick-replies", { headers: csrf, data: { title, text_en: "Hello" } });
    expect(existing.status()).toBe(201);
    await openScreen(page);

    await page.getByRole("button", { name: "New quick reply" }).click();
    const dialog = page.getByRole("dialog", { name: "New quick reply" });
    await dialog.getByLabel("Title").fill(title.toUpperCase());
    const english = dialog.getByRole("textbox", { name: "English text" });
    await english.fill("Hi {{customer_nickname}}!");
    await dialog.getByRole("button", { name: "Save" }).click(); // answered 409: a "Failed to load resource" console line
    await expect(dialog.getByLabel("Title")).toHaveAccessibleDescription(/Another quick reply already has this title\./);
    await expect(dialog.getByLabel("Title")).toHaveValue(title.toUpperCase());
    await expect(english).toHaveValue("Hi {{customer_nickname}}!");

    const renamed = `${title.toUpperCase()} (formal)`;
    await dialog.getByLabel("Title").fill(renamed);
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole("article", { name: renamed, exact: true })).toContainText("Hi {{customer_nickname}}!");
    await expect(page.getByRole("article", { name: title, exact: true })).toBeVisible();

    const { items } = (await (await request.get(`/api/quick-replies?q=${encodeURIComponent(title)}`)).json()) as { items: Array<{ id: string }> };
    for (const { id } of items) expect((await request.delete(`/api/quick-replies/${id}`, { headers: csrf })).status()).toBe(204);
  });
});

// The browser's language picks the console's (zh* → 简体中文), so each language is a context of its own.
for (const { locale, language, heading, edit, dialogName, preview } of [
  { locale: "en-US", language: "en", heading: "Quick replies", edit: "Edit “问候 Greeting”", dialogName: "Edit quick reply", preview: "Preview" },
  { locale: "zh-CN", language: "zh-CN", heading: "快捷回复", edit: "编辑“问候 Greeting”", dialogName: "编辑快捷回复", preview: "预览" },
]) {
  test.describe(`as a supervisor in ${language}`, () => {
    test.use({ signedInAs: "supervisor", locale });

    for (const size of [
      { width: 1366, height: 768 },
      { width: 390, height: 844 },
    ]) {
      test(`the list and the editor read well at ${size.width}×${size.height}`, async ({ page, expectAccessible, snapshot }) => {
        test.slow();
        await page.setViewportSize(size);
        await page.goto("/?view=quick-replies");
        await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
        await expect(page.getByRole("article").first()).toBeVisible();
        await expectNoHorizontalScroll(page);
        await expectAccessible(`quick replies ${language} ${size.width}`);
        await snapshot(`quick-replies-${language}-${size.width}`);

        await page.getByRole("button", { name: edit }).click();
        const dialog = page.getByRole("dialog", { name: dialogName });
        await expect(dialog.getByRole("region", { name: preview })).toContainText("Demo Supervisor");
        await expectNoHorizontalScroll(page);
        await expectAccessible(`quick reply dialog ${language} ${size.width}`);
        await snapshot(`quick-replies-dialog-${language}-${size.width}`);
        await page.keyboard.press("Escape");
        await expect(dialog).toHaveCount(0);
      });
    }
  });
}

test.describe("as a supervisor in zh-CN", () => {
  test.use({ signedInAs: "supervisor", locale: "zh-CN" });

  test("the editor says what is wrong in Chinese", async ({ page }) => {
    await page.goto("/?view=quick-replies");
    await page.getByRole("button", { name: "新建快捷回复" }).click();
    const dialog = page.getByRole("dialog", { name: "新建快捷回复" });
    await dialog.getByLabel("标题").fill("x".repeat(61));
    await dialog.getByRole("textbox", { name: "中文文本" }).fill("您好 {{昵称}}");
    await dialog.getByRole("button", { name: "保存" }).click();
    await expect(dialog.getByLabel("标题")).toHaveAccessibleDescription(/标题最多 60 个字符/);
    await expect(dialog.getByRole("textbox", { name: "中文文本" })).toHaveAccessibleDescription(/中文文本中有未知的占位符 \{\{昵称\}\}，请使用 \{\{customer_nickname\}\} \/ \{\{agent_name\}\}。/);

    // The seeded "问候 Greeting" in another case: refused by the server (409), said in Chinese.
    await dialog.getByLabel("标题").fill("问候 greeting");
    await dialog.getByRole("textbox", { name: "中文文本" }).fill("您好");
    await dialog.getByRole("button", { name: "保存" }).click();
    await expect(dialog.getByLabel("标题")).toHaveAccessibleDescription(/已有同名的快捷回复。/);
  });
});

test("an agent has no quick-replies screen, and the API refuses their changes", async ({ page, request }) => {
  await page.goto("/?view=quick-replies");
  await expect(page.getByRole("heading", { name: "Sessions", level: 2 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Quick replies" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Quick replies" })).toHaveCount(0);
  const list = await request.get("/api/quick-replies?q=greeting");
  expect(list.status()).toBe(200);
  const created = await request.post("/api/quick-replies", { headers: csrf, data: { title: "Mine", text_en: "hi" } });
  expect(created.status()).toBe(403);
});
