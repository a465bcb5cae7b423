import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import { BFF_PORT, EMBED_SECRET, EMBED_TEST_ORIGIN } from "../playwright.config.ts";
import { csrf, expect, signedInContext, test } from "./fixtures.ts";
import { customerSid } from "./visitor-helpers.ts";

// /chat/widget.js on another site's page: the test serves that page itself, from an origin the BFF
// is configured to let frame /chat, with a member signed the way a host site's server would. A real
// loopback server, not a route: Chromium refuses a page of unknown address a loopback script.

test.use({ signedInAs: "anonymous" });

let hostHtml = "";
let host: Server;
test.beforeAll(async () => {
  host = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(hostHtml);
  });
  const { port } = new URL(EMBED_TEST_ORIGIN);
  await new Promise<void>((resolve) => host.listen(Number(port), "127.0.0.1", resolve));
});
test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

const widgetUrl = `http://127.0.0.1:${BFF_PORT}/chat/widget.js`;

function hostPage(member: { id: string; nick: string; ts: number; sig: string } | undefined): string {
  const data = member ? `data-member="${member.id}" data-nick="${member.nick}" data-ts="${member.ts}" data-sig="${member.sig}"` : "";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Demo shop</title>
    <meta name="viewport" content="width=device-width, initial-scale=1"></head>
    <body><main><h1>Demo shop</h1><p>Goods for sale.</p></main>
    <script src="${widgetUrl}" async ${data}></script></body></html>`;
}

const sign = (id: string, nick: string, ts: number) => createHmac("sha256", EMBED_SECRET).update(`${id}\n${nick}\n${ts}`).digest("hex");

test("the widget opens the chat in a panel on a host page, with the host's signed member", async ({ page, browser, baseURL, snapshot }) => {
  const ts = Math.floor(Date.now() / 1000);
  const member = { id: `shop-member-${Date.now()}`, nick: "王小明", ts, sig: "" };
  member.sig = sign(member.id, member.nick, ts);
  hostHtml = hostPage(member);
  await page.goto(`${EMBED_TEST_ORIGIN}/product`);

  const launcher = page.getByRole("button", { name: /Chat with us/ });
  await expect(launcher).toHaveAttribute("aria-expanded", "false");
  await launcher.click();
  await expect(launcher).toHaveAttribute("aria-expanded", "true");
  const chat = page.frameLocator('iframe[title="Customer service chat"]');
  await expect(chat.getByRole("heading", { level: 1, name: "Customer service" })).toBeVisible();

  const box = chat.getByRole("textbox", { name: "Message" });
  await box.fill("Is this in stock?");
  await box.press("Enter");
  await expect(chat.getByRole("listitem").filter({ hasText: "Is this in stock?" }).getByText("Sent", { exact: true })).toBeVisible();
  await snapshot("customer-widget-open-desktop");

  // The conversation carries the member's name the host site signed; the agent sees it.
  const sid = await customerSid(page.request);
  const supervisor = await signedInContext(browser, baseURL, "supervisor");
  const session = (await (await supervisor.request.get(`/api/sessions/${sid}`, { headers: csrf })).json()) as { channel_nick?: string };
  expect(session.channel_nick).toBe("王小明");
  await supervisor.close();

  await page.getByRole("button", { name: "Close the chat" }).click();
  await expect(launcher).toHaveAttribute("aria-expanded", "false");
  await expect(launcher).toBeFocused();
});

test("on a phone the panel takes the whole screen and closes back to the launcher", async ({ page, snapshot }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  hostHtml = hostPage(undefined);
  await page.goto(`${EMBED_TEST_ORIGIN}/`);
  await page.getByRole("button", { name: /Chat with us/ }).click();
  await expect(page.frameLocator('iframe[title="Customer service chat"]').getByRole("textbox", { name: "Message" })).toBeVisible();
  const panel = await page.getByRole("dialog", { name: "Customer service chat" }).boundingBox();
  expect(panel).toMatchObject({ x: 0, y: 0, width: 360, height: 640 });
  await expect(page.getByRole("button", { name: /Chat with us/ })).toBeHidden();
  await snapshot("customer-widget-open-phone");
  await page.getByRole("button", { name: "Close the chat" }).click();
  await expect(page.getByRole("button", { name: /Chat with us/ })).toBeVisible();
});
