import type { Locator } from "@playwright/test";
import { expect, type Page, test } from "./fixtures.ts";
import { openSessionWithGroup } from "./helpers.ts";

// Every console screen on a phone (390×844, and 360×640 for the list and the chat) and a small laptop
// (1366×768), in both languages: nothing scrolls sideways, the main actions can be reached (scrolled
// into view and clicked), and axe finds nothing serious. Each screen is kept as a screenshot in
// e2e/artifacts/responsive-<screen>-<size>-<language>.png. Names are matched in either language.

const sizes = {
  phone: { width: 390, height: 844 },
  laptop: { width: 1366, height: 768 },
  small: { width: 360, height: 640 },
} as const;
type Size = keyof typeof sizes;
const languages = ["en-US", "zh-CN"] as const;

/** The page itself never scrolls sideways (a table or a code block may scroll inside its own box). */
async function expectNoSideScroll(page: Page, screen: string) {
  await expect
    .poll(() => page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth), { message: `${screen} scrolls sideways` })
    .toBeLessThanOrEqual(0);
}

/** Reachable: scrolled into view it is on screen, and a click would land on it (nothing covers it). */
async function expectReachable(control: Locator) {
  await control.scrollIntoViewIfNeeded();
  await expect(control).toBeInViewport();
  await control.click({ trial: true });
}

const name = (en: string, zh: string) => new RegExp(`^(${en}|${zh})`);

async function openMenuIfFolded(page: Page) {
  const menu = page.getByRole("banner").getByRole("button", { name: name("Menu", "菜单") });
  if (await menu.isVisible()) {
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
  }
}

for (const language of languages) {
  for (const size of ["phone", "laptop"] as const satisfies readonly Size[]) {
    const tag = `${size}-${language === "en-US" ? "en" : "zh"}`;

    test.describe(`${size} ${sizes[size].width}×${sizes[size].height}, ${language}`, () => {
      // Each test walks several screens and scans each with axe.
      test.describe.configure({ timeout: 300_000 });
      test.use({ viewport: sizes[size], locale: language, signedInAs: "supervisor" });

      test(`sessions, chat, composer menus, details and the header's tools (${tag})`, async ({ page, request, expectAccessible, snapshot }) => {
        const sid = await openSessionWithGroup(request, "响应式 Responsive 王小明", "3");
        await page.goto("/");
        const newSession = page.getByRole("button", { name: name("New session", "新建会话") });
        await expectReachable(newSession);
        await expectNoSideScroll(page, "sessions list");
        await expectAccessible(`sessions list ${tag}`);
        await snapshot(`responsive-sessions-${tag}`);

        await openMenuIfFolded(page);
        const banner = page.getByRole("banner");
        await expectReachable(banner.getByRole("button", { name: name("Sign out", "退出登录") }));
        await expectReachable(banner.getByRole("combobox", { name: /Language/ }));
        await expectReachable(banner.getByRole("button", { name: name("Notifications", "通知") }));
        await expectNoSideScroll(page, "header menu");
        await expectAccessible(`header tools ${tag}`);
        await snapshot(`responsive-header-menu-${tag}`);

        await page.getByRole("navigation", { name: name("Sessions", "会话") }).getByRole("link", { name: /响应式 Responsive 王小明/ }).first().click();
        await expect(page).toHaveURL(new RegExp(`sid=${sid}`));
        const main = page.getByRole("main");
        await expect(main.getByRole("heading", { level: 2, name: "响应式 Responsive 王小明" })).toBeVisible();
        const composer = main.getByRole("textbox", { name: /message|消息/i }).first();
        await expectReachable(composer);
        await expectReachable(main.getByRole("button", { name: name("Send", "发送") }));
        await expectReachable(main.getByRole("button", { name: name("Close session", "结束会话") }));
        await expectNoSideScroll(page, "chat");
        await expectAccessible(`chat ${tag}`);
        await snapshot(`responsive-chat-${tag}`);

        for (const [en, zh] of [["Attach", "附件"], ["Insert", "插入"]] as const) {
          const button = main.getByRole("button", { name: name(en, zh) });
          await expectReachable(button);
          await button.click();
          const menu = page.getByRole("menu", { name: name(en, zh) });
          for (const item of await menu.getByRole("menuitem").all()) await expect(item).toBeInViewport();
          await expectNoSideScroll(page, `${en} menu`);
          await expectAccessible(`${en} menu ${tag}`);
          await snapshot(`responsive-composer-${en.toLowerCase()}-${tag}`);
          await page.keyboard.press("Escape");
          await expect(menu).toBeHidden();
        }

        // The details: beside the chat on a laptop, behind "Details" (and back) on a phone.
        const details = main.getByRole("button", { name: name("Details", "详情") });
        if (size === "phone") {
          await details.click();
          await expect(main.getByRole("complementary")).toBeFocused();
        } else {
          await expect(details).toBeHidden();
        }
        await expectReachable(main.getByRole("link", { name: name("Open in DingTalk", "在钉钉中打开") }));
        await expectNoSideScroll(page, "details");
        await expectAccessible(`details ${tag}`);
        await snapshot(`responsive-details-${tag}`);
        if (size === "phone") {
          await main.getByRole("button", { name: name("Back to the conversation", "返回会话消息") }).click();
          await expect(details).toBeFocused();
          await main.getByRole("button", { name: name("Back to the list", "返回列表") }).click();
          await expect(newSession).toBeInViewport();
        }
      });

      test(`dialogs fit the screen with their buttons in reach (${tag})`, async ({ page, request, snapshot, expectAccessible }) => {
        const sid = await openSessionWithGroup(request, "Dialog 对话框", "3");
        await page.goto(`/?sid=${sid}`);
        const main = page.getByRole("main");
        const dialogs: [string, Locator, RegExp][] = [
          ["new-session", page.getByRole("button", { name: name("New session", "新建会话") }), name("Open session", "创建会话")],
          ["close", main.getByRole("button", { name: name("Close session", "结束会话") }), name("Close session", "结束会话")],
          ["assign", main.getByRole("button", { name: name("Reassign", "转交") }), name("Reassign", "转交")],
        ];
        for (const [label, opener, submit] of dialogs) {
          if (label === "new-session" && size === "phone") {
            await main.getByRole("button", { name: name("Back to the list", "返回列表") }).click();
          }
          await expectReachable(opener);
          await opener.click();
          const dialog = page.getByRole("dialog");
          await expect(dialog).toBeVisible();
          await expectReachable(dialog.getByRole("button", { name: submit }));
          const box = await dialog.boundingBox();
          expect(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= sizes[size].width && box.y + box.height <= sizes[size].height).toBe(true);
          await expectNoSideScroll(page, `${label} dialog`);
          await expectAccessible(`${label} dialog ${tag}`);
          await snapshot(`responsive-dialog-${label}-${tag}`);
          await page.keyboard.press("Escape");
          await expect(dialog).toBeHidden();
          if (label === "new-session" && size === "phone") {
            await page.getByRole("navigation", { name: name("Sessions", "会话") }).getByRole("link", { name: /Dialog 对话框/ }).first().click();
          }
        }
        // The shortcut list: opened from the header's tools (behind Menu on a phone).
        await openMenuIfFolded(page);
        await page.getByRole("banner").getByRole("button", { name: name("Keyboard shortcuts", "键盘快捷键") }).click();
        const shortcuts = page.getByRole("dialog", { name: name("Keyboard shortcuts", "键盘快捷键") });
        await expect(shortcuts).toBeVisible();
        await expectNoSideScroll(page, "shortcuts dialog");
        await expectAccessible(`shortcuts dialog ${tag}`);
        await snapshot(`responsive-dialog-shortcuts-${tag}`);
      });

      test(`board, audit and quick replies (${tag})`, async ({ page, request, expectAccessible, snapshot }) => {
        const sid = await openSessionWithGroup(request, "Board 看板", "3");
        await page.goto("/?view=board");
        const board = page.getByRole("main");
        await expect(board.getByRole("heading", { level: 1, name: name("Supervisor board", "主管看板") })).toBeVisible();
        const customer = board.getByRole("link", { name: "Board 看板" }).first();
        await expectReachable(customer);
        const row = board.getByRole("checkbox", { name: /Board 看板/ }).first();
        await expectReachable(row);
        await row.check();
        await expectReachable(board.getByRole("button", { name: name("Close selected", "批量结束") }));
        await expectReachable(board.getByRole("button", { name: name("Apply filters", "筛选") }).first());
        await expectNoSideScroll(page, "board");
        await expectAccessible(`board ${tag}`);
        await snapshot(`responsive-board-${tag}`);

        // Through the screens' navigation: a customer elsewhere on the shared BFF may be called "Audit …".
        const screens = page.getByRole("navigation", { name: name("Console screens", "控制台页面") });
        await screens.getByRole("link", { name: name("Audit", "审计") }).click();
        const audit = page.getByRole("main");
        await expect(audit.getByRole("heading", { level: 1, name: name("Audit trail", "审计日志") })).toBeVisible();
        // The table's box is a region the keyboard can reach; it would scroll sideways in a window too
        // narrow for it, but on a phone its rows are cards and nothing is out of reach to the side.
        const table = audit.getByRole("region", { name: name("TOP calls", "TOP 调用") });
        await table.focus();
        await expect(table).toBeFocused();
        await expectReachable(audit.getByRole("link", { name: sid }).first());
        expect(await table.evaluate((box) => box.scrollWidth - box.clientWidth), "the audit table scrolls sideways").toBeLessThanOrEqual(0);
        await expectNoSideScroll(page, "audit");
        await expectAccessible(`audit ${tag}`);
        await snapshot(`responsive-audit-${tag}`);

        await screens.getByRole("link", { name: name("Quick replies", "快捷回复") }).click();
        const replies = page.getByRole("main");
        await expect(replies.getByRole("heading", { level: 1, name: name("Quick replies", "快捷回复") })).toBeVisible();
        await expectReachable(replies.getByRole("button", { name: name("New quick reply", "新建快捷回复") }));
        await expectNoSideScroll(page, "quick replies");
        await expectAccessible(`quick replies ${tag}`);
        await snapshot(`responsive-quick-replies-${tag}`);
      });
    });
  }

  test.describe(`sign-in, ${language}`, () => {
    test.use({ locale: language, signedInAs: "anonymous" });
    for (const size of ["phone", "laptop"] as const satisfies readonly Size[]) {
      test(`the sign-in form fits at ${size} (${language})`, async ({ page, expectAccessible, snapshot }) => {
        await page.setViewportSize(sizes[size]);
        await page.goto("/");
        const form = page.getByRole("form", { name: name("Sign in", "登录") });
        await expectReachable(form.getByRole("button", { name: name("Sign in", "登录") }));
        await expectNoSideScroll(page, "sign-in");
        await expectAccessible(`sign-in ${size} ${language}`);
        await snapshot(`responsive-sign-in-${size}-${language === "en-US" ? "en" : "zh"}`);
      });
    }
  });
}

test.describe("360×640, the smallest phone", () => {
  test.describe.configure({ timeout: 180_000 });
  test.use({ viewport: sizes.small, signedInAs: "agent" });

  test("the list and the chat fit, and the composer can be reached and used", async ({ page, request, expectAccessible, snapshot }) => {
    const sid = await openSessionWithGroup(request, "最小屏幕 Smallest", "3");
    await page.goto("/");
    await expectReachable(page.getByRole("link", { name: /最小屏幕 Smallest/ }).first());
    await expectNoSideScroll(page, "list at 360");
    await snapshot("responsive-sessions-small-en");
    await page.goto(`/?sid=${sid}`);
    const main = page.getByRole("main");
    const composer = main.getByRole("textbox", { name: /message/i }).first();
    await expectReachable(composer);
    await composer.fill("Fits on a 360 px phone");
    await main.getByRole("button", { name: "Send" }).click();
    await expect(main.getByRole("listitem").filter({ hasText: "Fits on a 360 px phone" })).toBeVisible();
    await expectNoSideScroll(page, "chat at 360");
    await expectAccessible("chat at 360");
    await snapshot("responsive-chat-small-en");
  });
});
