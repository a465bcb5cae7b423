import { describe, expect, it } from "vitest";
import { textDraft, urlDraft } from "./drafts.ts";
import { translator } from "./translate.ts";

const en = translator("en");
const zh = translator("zh-CN");

describe("drafts", () => {
  it("makes a text message with emoji, and nothing of a blank box", () => {
    expect(textDraft("你好 👍", en)).toEqual({ ok: true, draft: { type: "TEXT", payload: { text: "你好 👍" } } });
    expect(textDraft("  \n ", en)).toBeUndefined();
  });

  it("refuses a text over the limit, naming the limit in the customer's language", () => {
    expect(textDraft("字".repeat(5001), zh)).toEqual({ ok: false, message: "消息太长了：最多 5000 个字。" });
  });

  it("sends an address as a link or, when asked, as an image", () => {
    expect(urlDraft(" https://shop.example.com/p/1 ", false, en)).toEqual({
      ok: true,
      draft: { type: "LINK", payload: { title: "https://shop.example.com/p/1", text: "https://shop.example.com/p/1", messageUrl: "https://shop.example.com/p/1" } },
    });
    expect(urlDraft("https://img.example.com/a.png", true, en)).toEqual({ ok: true, draft: { type: "IMAGE", payload: { url: "https://img.example.com/a.png" } } });
  });

  it("refuses an address that is not http(s)", () => {
    for (const bad of ["javascript:alert(1)", "shop.example.com", "ftp://x.example.com/a"]) {
      expect(urlDraft(bad, false, en)).toEqual({ ok: false, message: "Enter a full address starting with https:// or http://." });
      expect(urlDraft(bad, true, en).ok).toBe(false);
    }
  });
});
