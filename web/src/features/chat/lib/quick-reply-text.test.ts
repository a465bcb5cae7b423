import { describe, expect, it } from "vitest";
import { quickReplyText, replyTextFor } from "./quick-reply-text.ts";

const reply = {
  text_zh: "{{customer_nickname}}您好，我是{{agent_name}}，很高兴为您服务。",
  text_en: "Hi {{customer_nickname}}, this is {{agent_name}}. How can I help?",
};
const context = { customerNickname: "王小明", channelUid: "u-1001", agentName: "Lin Mei" };

describe("quick reply text", () => {
  it("takes the text in the agent's language", () => {
    expect(replyTextFor(reply, "zh-CN")).toBe(reply.text_zh);
    expect(replyTextFor(reply, "en")).toBe(reply.text_en);
  });

  it("falls back to the other language when the agent's is empty or blank", () => {
    expect(replyTextFor({ text_zh: "", text_en: "Only English" }, "zh-CN")).toBe("Only English");
    expect(replyTextFor({ text_zh: "只有中文", text_en: "  " }, "en")).toBe("只有中文");
  });

  it("fills the customer's nickname and the agent's name, every time they occur", () => {
    expect(quickReplyText(reply, "zh-CN", context)).toBe("王小明您好，我是Lin Mei，很高兴为您服务。");
    expect(quickReplyText({ text_zh: "", text_en: "{{agent_name}} / {{agent_name}}" }, "en", context)).toBe("Lin Mei / Lin Mei");
  });

  it("names the customer by channel user id when there is no nickname", () => {
    expect(quickReplyText(reply, "en", { ...context, customerNickname: null })).toBe("Hi u-1001, this is Lin Mei. How can I help?");
    expect(quickReplyText(reply, "en", { ...context, customerNickname: "  " })).toBe("Hi u-1001, this is Lin Mei. How can I help?");
  });

  it("leaves text that only looks like a placeholder as written", () => {
    expect(quickReplyText({ text_zh: "", text_en: "{{order_id}} and {customer_nickname}" }, "en", context)).toBe(
      "{{order_id}} and {customer_nickname}",
    );
  });
});
