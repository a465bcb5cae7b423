import type { Locator, Page } from "@playwright/test";
import { csrf, expect, signedInContext, test } from "./fixtures.ts";
import { openSession } from "./helpers.ts";

// The one composer: a text box (Enter sends, Shift+Enter is a new line), the Attach and Insert menus
// whose panels send with Ctrl+Enter, the reason beside Send when a message is too long, and `/` quick
// replies with their placeholders filled. Located by role and label as an agent would.

function composer(page: Page) {
  const form = page.getByRole("form", { name: "Write a message" });
  const messages = page.getByRole("region", { name: "Messages" });
  return {
    form,
    box: form.getByRole("textbox", { name: "Message", exact: true }),
    field: (label: string) => form.getByRole("textbox", { name: label, exact: true }),
    send: form.getByRole("button", { name: "Send", exact: true }),
    status: form.getByRole("status").first(),
    message: (text: string | RegExp): Locator => messages.getByRole("listitem").filter({ hasText: text }),
    /** Opens an item of the Attach or Insert menu the way a keyboard user does. */
    open: async (menu: "Attach" | "Insert", item: string) => {
      const button = form.getByRole("button", { name: menu });
      await button.focus();
      await button.press("ArrowDown");
      const list = page.getByRole("menu", { name: menu });
      await expect(list.getByRole("menuitem").first()).toBeFocused();
      await list.getByRole("menuitem", { name: item, exact: true }).click();
    },
  };
}

const sent = (message: Locator) => expect(message.getByText("Sent", { exact: true })).toBeVisible();

test("plain text: Enter sends, Shift+Enter is a new line", async ({ page, request }) => {
  const sid = await openSession(request, "文本 Wen Ben", "0");
  await page.goto(`/?sid=${sid}`);
  const c = composer(page);
  await expect(c.form.getByText("Enter to send, Shift+Enter for a new line")).toBeVisible();
  await c.box.fill("First line");
  await c.box.press("Shift+Enter");
  await c.box.pressSequentially("second line");
  await expect(c.box).toHaveValue("First line\nsecond line");
  await c.box.press("Enter");
  await sent(c.message("second line"));
  await expect(c.box).toHaveValue("");
});

test("markdown panel: Enter is a new line, Ctrl+Enter sends, Esc keeps the text draft", async ({ page, request }) => {
  const sid = await openSession(request, "格式 Ge Shi", "0");
  await page.goto(`/?sid=${sid}`);
  const c = composer(page);
  await c.box.fill("A text I have not sent yet");

  await c.open("Insert", "Markdown");
  const title = c.field("Title");
  await expect(title).toBeFocused();
  await expect(c.form.getByText("Ctrl+Enter to send, Enter for a new line")).toBeVisible();
  await title.fill("Returns");
  const body = c.field("Content (markdown)");
  await body.fill("# Returns");
  await body.press("Enter");
  await body.pressSequentially("- **30 days**");
  await expect(body).toHaveValue("# Returns\n- **30 days**");
  await expect(c.message("Returns")).toHaveCount(0);
  await expect(c.form.getByRole("region", { name: "Preview" }).getByText("30 days")).toBeVisible();

  // Esc goes back to the text box with its draft; the menu brings the markdown back as it was.
  await body.press("Escape");
  await expect(c.box).toBeFocused();
  await expect(c.box).toHaveValue("A text I have not sent yet");
  await c.open("Insert", "Markdown");
  await expect(c.field("Content (markdown)")).toHaveValue("# Returns\n- **30 days**");

  await c.field("Content (markdown)").press("Control+Enter");
  const markdown = c.message("Returns");
  await sent(markdown);
  await expect(markdown.getByText("30 days")).toBeVisible();
  // Sent from a panel: back to the text box, whose draft is untouched.
  await expect(c.box).toBeFocused();
  await expect(c.box).toHaveValue("A text I have not sent yet");
});

test("an over-long message says why beside Send, which stays in view", async ({ page, request, snapshot }) => {
  const sid = await openSession(request, "长文 Chang Wen", "0");
  await page.goto(`/?sid=${sid}`);
  const c = composer(page);
  await c.box.fill("x".repeat(3999));
  await expect(c.form.getByText(/\/ 5,000$/)).toHaveCount(0);
  await c.box.fill("x".repeat(5001));
  await expect(c.form.getByText("5,001 / 5,000")).toBeVisible();
  await expect(c.status).toContainText("Cannot send yet: Message is too long: 5,001 of 5,000 characters.");
  await expect(c.send).toBeInViewport();
  await snapshot("composer-1280-en-over-limit");
  await c.box.press("Enter");
  await expect(c.status).toContainText("Message is too long");
  await expect(c.message(/x{5000}/)).toHaveCount(0);
  await c.box.press("Backspace");
  await expect(c.form.getByText(/too long/)).toHaveCount(0);
  await c.box.press("Enter");
  await sent(c.message(/x{5000}/));
});

test("an invalid panel says why beside Send after a Send", async ({ page, request }) => {
  const sid = await openSession(request, "链接 Lian Jie", "0");
  await page.goto(`/?sid=${sid}`);
  const c = composer(page);
  await c.open("Insert", "Link card");
  await c.field("Link URL").fill("example.com/no-scheme");
  await c.send.click();
  await expect(c.status).toContainText("Cannot send yet: Title is required.");
  await expect(c.field("Title")).toBeFocused();
});

test("Attach → Image by URL sends an image", async ({ page, request }) => {
  const sid = await openSession(request, "图片 Tu Pian", "0");
  await page.goto(`/?sid=${sid}`);
  const c = composer(page);
  await c.open("Attach", "Image");
  await expect(c.field("URL")).toBeFocused();
  await c.field("URL").fill("https://example.com/parcel.png");
  await expect(c.form.getByRole("link", { name: "Open image from example.com" })).toBeVisible();
  await c.send.click();
  await sent(c.message("Open image from example.com"));
  await expect(c.box).toBeVisible();
});

test("the emoji grid inserts at the caret and gives focus back", async ({ page, request }) => {
  const sid = await openSession(request, "表情 Biao Qing", "0");
  await page.goto(`/?sid=${sid}`);
  const c = composer(page);
  await c.box.fill("Thanks!");
  await c.form.getByRole("button", { name: "Emoji" }).click();
  const grid = c.form.getByRole("group", { name: "Pick an emoji" });
  await expect(grid.getByRole("button").first()).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(c.box).toBeFocused();
  await expect(c.box).toHaveValue("Thanks!😄");
});

test("`/` picks a saved reply in the agent's language with the placeholders filled, and it is sent", async ({
  page,
  request,
  browser,
  baseURL,
}) => {
  // Made through the quick-replies API as the supervisor who manages them.
  const title = `greeting-${Date.now()}`;
  const supervisor = await signedInContext(browser, baseURL, "supervisor");
  const made = await supervisor.request.post("/api/quick-replies", {
    headers: csrf,
    data: {
      title,
      text_zh: "{{customer_nickname}}您好，我是{{agent_name}}。",
      text_en: "Hello {{customer_nickname}}, this is {{agent_name}}.",
    },
  });
  expect(made.status()).toBe(201);
  await supervisor.close();

  const sid = await openSession(request, "Wang Xiaoming", "0");
  await page.goto(`/?sid=${sid}`);
  const c = composer(page);
  await c.box.pressSequentially(`/${title.slice(0, 12)}`);
  const list = page.getByRole("listbox", { name: "Quick replies" });
  const option = list.getByRole("option", { name: new RegExp(title) });
  await expect(option).toHaveAttribute("aria-selected", "true");
  await expect(c.box).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id")) ?? "");
  await c.box.press("Enter");
  await expect(list).toHaveCount(0);
  await expect(c.box).toHaveValue("Hello Wang Xiaoming, this is 演示客服 Demo Agent.");
  await c.box.press("Enter");
  await sent(c.message("Hello Wang Xiaoming, this is 演示客服 Demo Agent."));

  // Esc closes the list and leaves the typed text alone.
  await c.box.pressSequentially("/nothing-matches-this");
  await expect(c.form.getByText("No saved reply matches “nothing-matches-this”.")).toBeVisible();
  await c.box.press("Escape");
  await expect(c.form.getByText(/No saved reply matches/)).toHaveCount(0);
  await expect(c.box).toHaveValue("/nothing-matches-this");
});

// Screenshots of the text box, both menus, the quick replies and every panel, in both languages at a
// laptop's and a phone's size (e2e/artifacts/composer-*.png); the composer never scrolls sideways.
const words = {
  en: { form: "Write a message", menus: ["Attach", "Insert"], text: "Hello! Let me check your order." },
  "zh-CN": { form: "编写消息", menus: ["附件", "插入"], text: "您好！我帮您查一下订单。" },
} as const;

for (const [size, viewport] of [
  ["1366", { width: 1366, height: 768 }],
  ["390", { width: 390, height: 844 }],
] as const) {
  for (const language of ["en", "zh-CN"] as const) {
    test.describe(`at ${viewport.width}×${viewport.height} in ${language}`, () => {
      // The console speaks the browser's language at first.
      test.use({ viewport, locale: language === "en" ? "en-US" : "zh-CN" });
      test("the text box, menus, quick replies and every panel fit, and pass axe", async ({ page, request, expectAccessible }) => {
        test.setTimeout(120_000);
        const w = words[language];
        const sid = await openSession(request, "截图 Jie Tu", "0");
        await page.goto(`/?sid=${sid}`);
        const form = page.getByRole("form", { name: w.form });
        const shot = async (name: string) => {
          const overflow = await form.evaluate((element) => element.scrollWidth - element.clientWidth);
          expect(overflow, `${name}: the composer scrolls sideways`).toBeLessThanOrEqual(0);
          await page.screenshot({ path: `e2e/artifacts/composer-${size}-${language}-${name}.png` });
        };
        const box = form.getByRole("textbox").first();
        await box.fill(w.text);
        await shot("text");
        await box.fill("/");
        await expect(page.getByRole("listbox")).toBeVisible();
        await shot("quick-replies");
        await expectAccessible(`composer quick replies ${language} ${size}`);
        await box.press("Escape");
        await box.fill("");
        for (const [m, menuName] of w.menus.entries()) {
          const slug = (["attach", "insert"] as const)[m] ?? "menu";
          const panels = slug === "attach" ? ["image", "video", "voice", "file"] : ["link", "markdown", "action-card", "rich-text"];
          const button = form.getByRole("button", { name: menuName });
          await button.click();
          const items = page.getByRole("menu", { name: menuName }).getByRole("menuitem");
          await expect(items.first()).toBeFocused();
          await shot(`menu-${slug}`);
          await expectAccessible(`composer menu ${menuName} ${size}`);
          const count = await items.count();
          await page.keyboard.press("Escape");
          await expect(button).toBeFocused();
          for (let item = 0; item < count; item++) {
            await button.click();
            await items.nth(item).click();
            const panel = form.getByRole("region").first();
            await expect(panel).toBeVisible();
            await shot(`${slug}-${panels[item] ?? item}`);
            await form.getByRole("textbox").first().press("Escape");
            await expect(panel).toHaveCount(0);
          }
        }
        await expectAccessible(`composer ${language} ${size}`);
      });
    });
  }
}
