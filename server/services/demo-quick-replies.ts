import { randomUUID } from "node:crypto";
import { type QuickReplyInput, quickReplyAuditMethods, quickReplyBodySchema } from "../../contract/quick-replies.ts";
import type { Store } from "../store/store.ts";
import { quickReplyAudit } from "./quick-reply-operations.ts";

// Sandbox mode only: saved replies a demo's agents can insert with `/` at once. Seeded once per store:
// after any quick reply was ever created (seeded or by a supervisor), a restart adds none, so replies a
// supervisor deleted do not come back.

export const DEMO_SEED_ACTOR = "demo-seed";

const demoReplies: QuickReplyInput[] = [
  {
    title: "问候 Greeting",
    text_zh: "{{customer_nickname}}您好，我是客服{{agent_name}}，很高兴为您服务！请问有什么可以帮您？",
    text_en: "Hello {{customer_nickname}}, this is {{agent_name}}. How can I help you today?",
  },
  {
    title: "请稍等 Please wait",
    text_zh: "好的，正在为您查询，请稍等 1～2 分钟。",
    text_en: "Thanks, I'm looking into it now. Please give me a minute or two.",
  },
  {
    title: "查询订单 Order number",
    text_zh: "麻烦您提供一下订单号，我帮您查看物流进度。",
    text_en: "Could you send me your order number? I'll check where your parcel is.",
  },
  {
    title: "退货流程 Returns",
    text_zh: "未穿着、吊牌完好的商品支持 7 天无理由退货：在“我的订单”中点击“申请退货”，审核通过后按页面地址寄回即可。",
    text_en: "Unworn items with their tags attached can be returned within 7 days: open My orders, choose Return, and send it to the address shown once approved.",
  },
  {
    title: "结束语 Closing",
    text_zh: "感谢您的耐心，{{customer_nickname}}！如有其他问题随时联系我们。客服{{agent_name}}祝您生活愉快～",
    text_en: "Thank you for your patience, {{customer_nickname}}! Reach out any time. Have a great day — {{agent_name}}",
  },
];

export async function seedDemoQuickReplies(store: Store, now = Date.now()): Promise<number> {
  const everCreated = await store.audit.list({ method: quickReplyAuditMethods.create, limit: 1 });
  if (everCreated.items.length > 0 || (await store.quickReplies.count()) > 0) return 0;
  for (const [i, reply] of demoReplies.entries()) {
    const at = now + i;
    // Through the contract's schema, so a seed reply is one a supervisor could have saved.
    await store.quickReplies.create(randomUUID(), quickReplyBodySchema.parse(reply), {
      at,
      by: DEMO_SEED_ACTOR,
      audit: quickReplyAudit(quickReplyAuditMethods.create, DEMO_SEED_ACTOR, at),
    });
  }
  return demoReplies.length;
}
