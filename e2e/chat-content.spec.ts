import type { APIRequestContext, Page } from "@playwright/test";
import { csrf, expect, signedInContext, test } from "./fixtures.ts";

// Who wrote each message, markdown as the chat shows it, and an image that does not load: located by
// role and text as an agent or supervisor reads them, in English and Chinese.

async function openSession(request: APIRequestContext, nick: string): Promise<string> {
  const res = await request.post("/api/sessions", {
    headers: csrf,
    data: { source: { channel: "0", channel_uid: `u-${Date.now()}`, channel_nick: nick }, target: {} },
  });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { sid: string }).sid;
}

async function send(request: APIRequestContext, sid: string, id: string, type: string, payload: unknown) {
  const res = await request.post(`/api/sessions/${sid}/messages`, { headers: csrf, data: { message_id: id, type, payload } });
  expect(res.ok()).toBe(true);
}

const uid = () => Date.now().toString(36);

/** The meta line of the message holding `text`: who wrote it and when. */
const rowOf = (page: Page, text: string) => page.getByRole("region", { name: /^(Messages|消息)$/ }).getByRole("listitem").filter({ hasText: text });

test.describe("as a supervisor", () => {
  test.use({ signedInAs: "supervisor" });

  test("the sender's name shows in a supervisor's view", async ({ page, browser, baseURL, expectAccessible, snapshot }) => {
    test.setTimeout(90_000);
    const agent = await signedInContext(browser, baseURL, "agent");
    const sid = await openSession(agent.request, "署名 Signed Names");
    const id = uid();
    await send(agent.request, sid, `a-${id}`, "TEXT", { text: "Agent's answer" });
    await send(page.request, sid, `s-${id}`, "TEXT", { text: "Supervisor's note" });

    await page.goto(`/?sid=${sid}`);
    await expect(rowOf(page, "Agent's answer").getByText("演示客服 Demo Agent", { exact: true })).toBeVisible();
    // One's own messages are not labelled on screen; a screen reader hears "You".
    await expect(rowOf(page, "Supervisor's note").getByText("You", { exact: true })).toHaveClass("visually-hidden");
    await expect(rowOf(page, "Supervisor's note").getByText("演示主管 Demo Supervisor")).toHaveCount(0);
    await expectAccessible("chat with senders");
    await snapshot("chat-senders-supervisor-en");

    // The agent, in Chinese, sees the supervisor named, and their own message as theirs.
    const agentPage = await agent.newPage();
    await agentPage.goto(`/?sid=${sid}`);
    await agentPage.getByRole("combobox", { name: /Language|语言/ }).selectOption("zh-CN");
    await expect(rowOf(agentPage, "Supervisor's note").getByText("演示主管 Demo Supervisor", { exact: true })).toBeVisible();
    await expect(rowOf(agentPage, "Agent's answer").getByText("我", { exact: true })).toHaveClass("visually-hidden");
    await expect(rowOf(agentPage, "Agent's answer").getByText("演示客服 Demo Agent")).toHaveCount(0);
    await agentPage.screenshot({ path: "e2e/artifacts/chat-senders-agent-zh.png", fullPage: true });
    await agent.close();
  });
});

test("markdown shows formatted with safe links only; an image that fails to load is a placeholder with its link", async ({ page, request, expectAccessible, snapshot }) => {
  test.setTimeout(90_000);
  // A configured media host (IMAGE_HOSTS' default *.alicdn.com) whose image is gone.
  await page.route("https://img.alicdn.com/**", (route) => route.fulfill({ status: 404, body: "gone" }));
  const sid = await openSession(request, "图文 Markdown");
  const id = uid();
  await send(request, sid, `md-${id}`, "MARK_DOWN", {
    title: "Return policy",
    text: "# Returns\n\n- **30 days** to return\n- [Start a return](https://example.com/returns)\n- [not a link](javascript:alert(1))\n\nLine one\nLine two\n\n![receipt](https://img.alicdn.com/receipt-404.png)",
  });
  await send(request, sid, `img-${id}`, "IMAGE", { url: "https://img.alicdn.com/parcel-404.png?token=abc" });

  await page.goto(`/?sid=${sid}`);
  const markdown = rowOf(page, "Return policy");
  await expect(markdown.getByText("30 days")).toHaveCSS("font-weight", "700");
  const link = markdown.getByRole("link", { name: "Start a return" });
  await expect(link).toHaveAttribute("href", "https://example.com/returns");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  await expect(markdown.getByText("not a link")).toBeVisible();
  await expect(markdown.getByRole("link", { name: "not a link" })).toHaveCount(0);
  await expect(markdown.getByText("The image “receipt” could not be loaded")).toBeVisible();

  const image = rowOf(page, "img.alicdn.com/parcel-404.png");
  await expect(image.getByText("The image could not be loaded")).toBeVisible();
  await expect(image.getByRole("link", { name: "Open link" })).toHaveAttribute("href", "https://img.alicdn.com/parcel-404.png?token=abc");
  await expect(image.getByRole("img")).toHaveCount(0);
  await expectAccessible("markdown and broken image");
  await snapshot("chat-markdown-broken-image-1366-en");

  await page.getByRole("combobox", { name: /Language|语言/ }).selectOption("zh-CN");
  await expect(image.getByText("图片无法加载")).toBeVisible();
  await expect(image.getByRole("link", { name: "打开链接" })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(image.getByRole("link", { name: "打开链接" })).toBeVisible();
  await snapshot("chat-markdown-broken-image-390-zh");
});
