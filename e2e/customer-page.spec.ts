import { expect, test } from "./fixtures.ts";
import { agentFor, customerSid, demoAgentName, spendSendLimit } from "./visitor-helpers.ts";

// The customer's chat page on a phone-sized screen, against the real BFF and sandbox: what they
// write is sent, the agent's reply and read receipt arrive live, ending and reloading behave, and a
// rate limit is said in words. The agent acts through the console's API (visitor-helpers.ts).

test.use({ signedInAs: "anonymous", viewport: { width: 390, height: 844 } });

test("the customer writes, the agent answers live and reads, the customer ends the chat", async ({ page, browser, baseURL, expectAccessible, snapshot }) => {
  await page.goto("/chat");
  await expect(page.getByRole("heading", { level: 1, name: "Customer service" })).toBeVisible();
  await expectAccessible("customer page, empty");

  const box = page.getByRole("textbox", { name: "Message" });
  await box.fill("Hello, my parcel has not arrived 📦");
  await box.press("Enter");
  const mine = page.getByRole("listitem").filter({ hasText: "my parcel has not arrived" });
  await expect(mine.getByText("Sent", { exact: true })).toBeVisible();
  await expect(box).toHaveValue("");

  const agent = await agentFor(browser, baseURL, await customerSid(page.request));
  await agent.send("您好，我帮您查一下物流。");
  const reply = page.getByRole("listitem").filter({ hasText: "我帮您查一下物流" });
  await expect(reply).toBeVisible();
  await expect(reply.getByText(demoAgentName)).toBeVisible();

  await agent.read();
  await expect(mine.getByText("Read", { exact: true })).toBeVisible();
  await expectAccessible("customer page, conversation");
  await snapshot("customer-page-conversation-en");

  await page.getByRole("button", { name: "End chat" }).click();
  await page.getByRole("button", { name: "Yes, end chat" }).click();
  await expect(page.getByText("This chat has ended.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Message" })).toHaveCount(0);
  expect(await agent.session()).toMatchObject({ status: "closed", close_reason: "memberCloseTheSession" });
  await agent.close();
  await snapshot("customer-page-ended-en");

  await page.getByRole("button", { name: "Start a new chat" }).click();
  await expect(page.getByRole("textbox", { name: "Message" })).toBeVisible();
  await expect(reply).toHaveCount(0);
});

test("a reload returns to the open conversation", async ({ page }) => {
  await page.goto("/chat");
  const box = page.getByRole("textbox", { name: "Message" });
  await box.fill("第一句话");
  await box.press("Enter");
  await expect(page.getByRole("listitem").filter({ hasText: "第一句话" }).getByText("Sent", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("listitem").filter({ hasText: "第一句话" }).getByText("Sent", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "End chat" })).toBeVisible();
});

test("an Enter pressed while the page is still loading sends once it has loaded", async ({ page }) => {
  // A slow network: the conversation answers only after the customer has typed and pressed Enter.
  let answer: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (answer = resolve));
  await page.route("**/api/visitor/conversation", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/chat");
  const box = page.getByRole("textbox", { name: "Message" });
  await box.fill("还在加载就按了回车");
  await box.press("Enter");
  await expect(page.getByText("Loading…", { exact: true })).toBeVisible();
  answer();
  await expect(page.getByRole("listitem").filter({ hasText: "还在加载就按了回车" }).getByText("Sent", { exact: true })).toBeVisible();
  await expect(box).toHaveValue("");
});

test("sending too fast is said in words, in Chinese too, and the message can be retried", async ({ page, expectAccessible, snapshot }) => {
  await page.goto("/chat");
  await page.getByRole("combobox", { name: "Language" }).selectOption("zh-CN");
  await expect(page.getByRole("heading", { level: 1, name: "在线客服" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");

  await spendSendLimit(page.request);
  const box = page.getByRole("textbox", { name: "消息" });
  await box.fill("还在吗？");
  await box.press("Enter");
  await expect(page.getByRole("status").getByText(/您发送得太快了，请 \d+ 秒后再试。/)).toBeVisible();
  const bubble = page.getByRole("listitem").filter({ hasText: "还在吗？" });
  await expect(bubble.getByText(/未发送/)).toBeVisible();
  await expect(bubble.getByRole("button", { name: "重试" })).toBeVisible();
  await expectAccessible("customer page, rate limited");
  await snapshot("customer-page-rate-limited-zh");
});

test("the composer never sends on an input method's Enter", async ({ page }) => {
  await page.goto("/chat");
  const box = page.getByRole("textbox", { name: "Message" });
  await box.fill("ni");
  // What Chromium reports while an IME is picking a candidate: keyCode 229 / isComposing.
  await box.dispatchEvent("compositionstart");
  await box.press("Enter");
  await box.dispatchEvent("compositionend");
  await expect(page.getByRole("listitem")).toHaveCount(0);
  await expect(box).toHaveValue(/ni/);
});

test("a send the platform refused shows not sent, and Retry delivers it exactly once", async ({ page, sandbox }) => {
  await page.goto("/chat");
  const box = page.getByRole("textbox", { name: "Message" });
  await box.fill("Hello");
  await box.press("Enter");
  await expect(page.getByRole("listitem").filter({ hasText: "Hello" }).getByText("Sent", { exact: true })).toBeVisible();

  // Unlimited, so the BFF's own retries of a provider fault fail too.
  await sandbox.addFault({
    method: "alibaba.lyservice.lippi.message.send",
    kind: "error_response",
    times: 0,
    error: { code: 15, msg: "Remote service error", sub_code: "isp.service-unavailable", sub_msg: "服务暂不可用" },
  });
  const text = `My order number is ${Date.now()}`;
  await box.fill(text);
  await box.press("Enter");
  const bubble = page.getByRole("listitem").filter({ hasText: text });
  await expect(bubble.getByText("Not sent: Customer service can't be reached right now. Try again in a moment.")).toBeVisible();

  await sandbox.clearFaults();
  await bubble.getByRole("button", { name: "Retry" }).click();
  await expect(bubble.getByText("Sent", { exact: true })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: text })).toHaveCount(1);
  const state = (await sandbox.state()) as { messages: Array<{ content: string; deliveries: number }> };
  const delivered = state.messages.filter((m) => m.content === text);
  expect(delivered).toHaveLength(1);
  expect(delivered[0]?.deliveries).toBe(1);
});

test("offline is said in words", async ({ page, context }) => {
  await page.goto("/chat");
  await expect(page.getByRole("textbox", { name: "Message" })).toBeEnabled();
  await context.setOffline(true);
  await expect(page.getByRole("status").getByText("You're offline. Messages will not be sent until the connection is back.")).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByText("You're offline.", { exact: false })).toHaveCount(0);
});
