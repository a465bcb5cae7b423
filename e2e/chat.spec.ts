import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

// The conversation of a session: composing and sending every message type (text in the text box, the
// others from the Attach and Insert menus' panels; e2e/composer.spec.ts is about the composer itself),
// a send the platform refuses (draft kept, Retry delivers it exactly once, also across a reload),
// input methods that use Enter, read receipts and a closed session. Located by role and label.

const csrf = { "x-requested-with": "lyservice-console" };

/** Names no other spec uses: all specs share one BFF, and theirs find sessions by name in the list. */
async function openSession(request: APIRequestContext, nick: string): Promise<string> {
  const res = await request.post("/api/sessions", {
    headers: csrf,
    data: { source: { channel: "0", channel_uid: `u-${Date.now()}`, channel_nick: nick }, target: {} },
  });
  expect(res.ok()).toBe(true);
  const { sid } = (await res.json()) as { sid: string };
  return sid;
}

function chat(page: Page) {
  const composer = page.getByRole("form", { name: "Write a message" });
  const messages = page.getByRole("region", { name: "Messages" });
  return {
    composer,
    messages,
    box: composer.getByRole("textbox", { name: "Message", exact: true }),
    // By role, not label text: a required field's label also holds a "*" that is hidden from its name.
    field: (label: string) => composer.getByRole("textbox", { name: label, exact: true }),
    number: (label: string) => composer.getByRole("spinbutton", { name: label, exact: true }),
    /** Opens a type's panel from the Attach or Insert menu; text is the default and needs no pick. */
    pick: async (type: string) => {
      const menu = ["Image", "Video", "Voice", "File"].includes(type) ? "Attach" : "Insert";
      await composer.getByRole("button", { name: menu }).click();
      await page.getByRole("menu", { name: menu }).getByRole("menuitem", { name: type, exact: true }).click();
    },
    send: () => composer.getByRole("button", { name: "Send", exact: true }).click(),
    message: (text: string | RegExp): Locator => messages.getByRole("listitem").filter({ hasText: text }),
  };
}

async function expectSent(message: Locator) {
  await expect(message.getByText("Sent", { exact: true })).toBeVisible();
}

interface SandboxState {
  messages: { messageId: string; sid: string; contentType: number; content: string; deliveries: number }[];
}

test("sends a message of every type, each shown by its kind and marked sent", async ({ page, request, expectAccessible, snapshot }) => {
  const sid = await openSession(request, "沈清 Shen Qing");
  await page.goto(`/?sid=${sid}`);
  const c = chat(page);

  // Text: Shift+Enter is a new line, Enter sends.
  await c.box.fill("Hello! How can I help?");
  await c.box.press("Shift+Enter");
  await c.box.pressSequentially("I am looking at your order now.");
  await expect(c.box).toHaveValue("Hello! How can I help?\nI am looking at your order now.");
  await c.box.press("Enter");
  await expectSent(c.message("I am looking at your order now."));
  await expect(c.box).toHaveValue("");

  await c.pick("Image");
  await c.field("URL").fill("https://example.com/parcel.png");
  await c.field("Media ID").fill("@lADimage1");
  // Not a configured media host: the preview offers a link instead of loading it (no tracking pixel).
  await expect(c.composer.getByRole("link", { name: "Open image from example.com" })).toBeVisible();
  await expect(c.composer.getByRole("img", { name: "Image in the conversation" })).toHaveCount(0);
  await c.send();
  await expectSent(c.message("Media ID @lADimage1"));

  await c.pick("Video");
  await c.field("URL").fill("https://example.com/unboxing.mp4");
  await c.number("Duration (seconds)").fill("75");
  await c.send();
  await expectSent(c.message("Video · 1:15"));

  // Ctrl+Enter sends from any field of a panel.
  await c.pick("Link card");
  await c.field("Title").fill("Track your parcel");
  await c.field("Description").fill("Live status of shipment 1Z999");
  await c.field("Link URL").fill("https://example.com/track/1Z999");
  await c.field("Link URL").press("Control+Enter");
  await expectSent(c.message("Track your parcel"));

  await c.pick("Voice");
  await c.field("Media ID").fill("@lADvoice1");
  await c.number("Duration (seconds)").fill("5");
  await c.send();
  await expectSent(c.message("Voice message · 0:05"));

  await c.pick("Markdown");
  await c.field("Title").fill("Return policy");
  await c.field("Content (markdown)").fill("# Returns\n- **30 days** to return\n- [Start a return](https://example.com/returns)");
  await expect(c.composer.getByRole("region", { name: "Preview" }).getByText("30 days")).toBeVisible();
  await c.send();
  const markdown = c.message("Return policy");
  await expectSent(markdown);
  await expect(markdown.getByRole("link", { name: "Start a return" })).toHaveAttribute("href", "https://example.com/returns");

  await c.pick("Action card");
  await c.field("Title").fill("How did we do?");
  await c.field("Body (markdown)").fill("Please rate this conversation.");
  await c.field("Button 1 text").fill("Great");
  await c.field("Button 1 URL").fill("https://example.com/rate/5");
  await c.composer.getByRole("button", { name: "Add a button" }).click();
  await c.field("Button 2 text").fill("Could be better");
  await c.field("Button 2 URL").fill("https://example.com/rate/1");
  await c.send();
  const card = c.message("How did we do?");
  await expectSent(card);
  await expect(card.getByRole("link", { name: "Could be better" })).toBeVisible();

  await c.pick("Rich text");
  await c.field("Text 1").fill("Your refund is on its way.");
  await c.composer.getByRole("checkbox", { name: "Bold" }).check();
  await c.composer.getByRole("button", { name: "Add an image" }).click();
  await c.field("Image 2 URL").fill("https://example.com/refund.png");
  await c.send();
  await expectSent(c.message("Your refund is on its way."));

  await c.pick("File");
  await c.field("File name").fill("invoice-1001.pdf");
  await c.field("URL").fill("https://example.com/invoice-1001.pdf");
  await c.number("Size in bytes").fill("2048");
  await c.send();
  const file = c.message("invoice-1001.pdf");
  await expectSent(file);
  await expect(file.getByText("2 KB")).toBeVisible();

  await expectAccessible("chat");
  await snapshot("chat");
});

test("explains what is wrong with a field, in place", async ({ page, request }) => {
  const sid = await openSession(request, "顾远 Gu Yuan");
  await page.goto(`/?sid=${sid}`);
  const c = chat(page);
  await c.pick("Link card");
  await c.field("Link URL").fill("example.com/no-scheme");
  await c.send();
  // Each field says what is wrong with it, and the first problem is repeated beside Send.
  await expect(c.composer.getByText("Title is required.", { exact: true })).toBeVisible();
  await expect(c.composer.getByText("Link URL is not in the expected format.", { exact: true })).toBeVisible();
  await expect(c.composer.getByText("Cannot send yet: Title is required.")).toBeVisible();
  await expect(c.field("Title")).toBeFocused();
});

test("a refused send keeps the draft, survives a reload, and Retry delivers it exactly once", async ({
  page,
  request,
  sandbox,
}) => {
  const sid = await openSession(request, "陆晓 Lu Xiao");
  await page.goto(`/?sid=${sid}`);
  const c = chat(page);
  // Unlimited, so the BFF's own retries of a provider fault fail too.
  await sandbox.addFault({
    method: "alibaba.lyservice.lippi.message.send",
    kind: "error_response",
    times: 0,
    error: { code: 15, msg: "Remote service error", sub_code: "isp.service-unavailable", sub_msg: "服务暂不可用" },
  });

  await c.box.fill("Your parcel left the warehouse today.");
  await c.send();
  const failed = c.message("Your parcel left the warehouse today.");
  await expect(failed.getByText("Not sent", { exact: true })).toBeVisible();
  await expect(failed).toContainText("The customer-service platform is not reachable right now.");
  await failed.getByText("Details for support").click();
  await expect(failed.getByText("isp.service-unavailable")).toBeVisible();
  await expect(c.composer.getByRole("status")).toContainText("Your draft is kept");
  await expect(c.box).toHaveValue("Your parcel left the warehouse today.");

  // The failed message comes back from the server, the draft from this browser.
  await page.reload();
  await expect(c.box).toHaveValue("Your parcel left the warehouse today.");
  await expect(failed.getByText("Not sent", { exact: true })).toBeVisible();

  await sandbox.clearFaults();
  await failed.getByRole("button", { name: "Retry" }).click();
  await expectSent(failed);
  await expect(c.box).toHaveValue("");

  const state = (await sandbox.state()) as SandboxState;
  const delivered = state.messages.filter((m) => m.sid === sid && m.content === "Your parcel left the warehouse today.");
  expect(delivered).toHaveLength(1);
  expect(delivered[0]?.deliveries).toBe(1);
  await expect(c.messages.getByRole("listitem").filter({ hasText: "Your parcel left the warehouse today." })).toHaveCount(1);
});

test("a send lost to the network is marked not sent, keeps the draft, and Retry sends it", async ({ page, request }) => {
  const sid = await openSession(request, "许诺 Xu Nuo");
  await page.goto(`/?sid=${sid}`);
  const c = chat(page);
  const sends = `**/api/sessions/${sid}/messages`;
  await page.route(sends, (route) => (route.request().method() === "POST" ? route.abort("internetdisconnected") : route.fallback()));

  await c.box.fill("One moment please.");
  await c.box.press("Enter");
  const lost = c.message("One moment please.");
  await expect(lost.getByText("Not sent", { exact: true })).toBeVisible();
  await expect(lost).toContainText("No connection to the server");
  await expect(c.composer.getByRole("status")).toContainText("No connection. Your draft is kept");
  await expect(c.box).toHaveValue("One moment please.");

  await page.unroute(sends);
  await lost.getByRole("button", { name: "Retry" }).click();
  await expectSent(lost);
  await expect(c.box).toHaveValue("");
});

test("Enter that confirms an input method's candidate never sends", async ({ page, request }) => {
  const sid = await openSession(request, "苏晴 Su Qing");
  await page.goto(`/?sid=${sid}`);
  const c = chat(page);

  await c.box.fill("你好");
  await c.box.dispatchEvent("compositionstart", { data: "" });
  await c.box.dispatchEvent("keydown", { key: "Enter", code: "Enter", isComposing: true });
  // Safari reports the composition ended before the Enter; between start and end nothing sends either.
  await c.box.dispatchEvent("keydown", { key: "Enter", code: "Enter" });
  await c.box.dispatchEvent("compositionend", { data: "你好" });
  await expect(c.box).toHaveValue("你好");

  await c.box.pressSequentially("，请问有什么可以帮您？");
  await c.box.press("Enter");
  await expectSent(c.message("你好，请问有什么可以帮您？"));
  await expect(c.messages.getByRole("listitem").filter({ hasText: "你好" })).toHaveCount(1);
});

test("marks the customer's messages as read", async ({ page, request, sandbox }) => {
  const sid = await openSession(request, "叶青 Ye Qing");
  await page.goto(`/?sid=${sid}`);
  const c = chat(page);
  await c.composer.getByRole("button", { name: "Mark as read" }).click();
  await expect(c.messages.getByText(/^Marked as read · /)).toBeVisible();
  await expect
    .poll(async () => ((await sandbox.state()) as SandboxState).messages.filter((m) => m.sid === sid && m.contentType === 10).length)
    .toBe(1);
});

test("a read receipt from a browser whose clock is days ahead is refused by the server, and says so", async ({ page, request, sandbox }) => {
  const sid = await openSession(request, "钟表 Zhong Biao");
  // The browser's clock, not the server's: the BFF refuses a read time more than a day ahead of its own.
  await page.clock.setFixedTime(Date.now() + 3 * 86_400_000);
  await page.goto(`/?sid=${sid}`);
  const c = chat(page);
  await c.composer.getByRole("button", { name: "Mark as read" }).click();
  const receipt = c.messages.getByRole("listitem").filter({ hasText: /^.*Marked as read · / });
  await expect(receipt.getByText("Not sent", { exact: true })).toBeVisible();
  await expect(receipt).toContainText("The server found a problem with this message.");
  const state = (await sandbox.state()) as SandboxState;
  expect(state.messages.filter((m) => m.sid === sid)).toHaveLength(0);
});

test("the server's objections to a payload land on the composer's own fields", async ({ page, request }) => {
  const sid = await openSession(request, "秦川 Qin Chuan");
  await page.goto(`/?sid=${sid}`);
  const c = chat(page);
  // Only a composer of another build than the BFF passes its own checks and fails the server's, so the
  // BFF's 400 is played back here; it names the fields by their path in the send body.
  const fields = [
    { path: "payload.messageUrl", code: "invalid_format", message: "Invalid URL" },
    { path: "payload.unknownPart", code: "unrecognized_keys", message: "Unrecognized key" },
  ];
  await page.route(`**/api/sessions/${sid}/messages`, (route) =>
    route.request().method() === "POST"
      ? route.fulfill({ status: 400, json: { error: { code: "validation_failed", message: "Invalid request", fields } } })
      : route.fallback(),
  );
  await c.pick("Link card");
  await c.field("Title").fill("Track your parcel");
  await c.field("Description").fill("Live status");
  await c.field("Link URL").fill("https://example.com/track");
  await c.send();
  await expect(c.composer.getByText("Link URL is not in the expected format.", { exact: true })).toBeVisible();
  await expect(c.field("Link URL")).toBeFocused();
  await expect(c.composer.getByRole("status")).toContainText("Not sent: the server found problems with this message.");
  await expect(c.composer.getByText(/payload\.unknownPart/)).toBeVisible();
});

test("a closed session is read-only", async ({ page, request }) => {
  const sid = await openSession(request, "林夕 Lin Xi");
  const sent = await request.post(`/api/sessions/${sid}/messages`, {
    headers: csrf,
    data: { message_id: `m-e2e-${Date.now()}`, type: "TEXT", payload: { text: "Thanks, goodbye!" } },
  });
  expect(sent.ok()).toBe(true);
  const closed = await request.post(`/api/sessions/${sid}/close`, { headers: csrf, data: { reason: "memberCloseTheSession" } });
  expect(closed.ok()).toBe(true);

  await page.goto(`/?sid=${sid}`);
  const c = chat(page);
  await expect(c.message("Thanks, goodbye!")).toBeVisible();
  // Why it closed is said once, in the session header; the conversation only loses its composer.
  await expect(page.getByRole("main").getByText("Customer ended the session")).toHaveCount(1);
  await expect(page.getByText("This session is closed and read-only.")).toBeVisible();
  await expect(c.composer).toHaveCount(0);
});
