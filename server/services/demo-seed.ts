import type { LyDefaults } from "../config.ts";
import { toActor } from "../auth/auth-service.ts";
import type { Store, VisitorRecord } from "../store/store.ts";
import type { TopCaller } from "./audited-top.ts";
import { createConsoleService } from "./console-service.ts";

// Sandbox mode only: a handful of two-sided conversations on a fresh store, so the console opens
// with something happening. They go through the real services (session.create and message.send reach
// the sandbox, so it knows them too), with a clock set back per step so some are stale for the board.

type Line = [side: "c" | "a", minutesAgo: number, text: string];

interface DemoChat {
  nick: string;
  agent?: "agent" | "agent-2";
  lines: Line[];
  close?: { minutesAgo: number };
}

const chats: DemoChat[] = [
  { nick: "王女士", lines: [["c", 6, "你好，我昨天下的订单还没发货"], ["c", 4, "订单号 20261201-8832，麻烦帮我查一下"]] },
  {
    nick: "李先生",
    agent: "agent",
    lines: [["c", 18, "我想退货，鞋子尺码偏小"], ["a", 16, "您好，收到。请问鞋子是否已经穿过？"], ["c", 12, "没有穿过，吊牌都在"]],
  },
  {
    nick: "张小姐",
    agent: "agent-2",
    lines: [["c", 150, "发票抬头开错了，能重开吗？"], ["a", 145, "可以的，请把正确的抬头和税号发给我"], ["c", 140, "上海某某科技有限公司，税号 91310000MA1FL0XX0X"]],
  },
  {
    nick: "陈先生",
    agent: "agent",
    lines: [["c", 70, "这件外套有 XL 吗？"], ["a", 65, "XL 明天补货，到货后第一时间通知您 😊"]],
  },
  {
    nick: "刘女士",
    agent: "agent-2",
    lines: [["c", 1500, "快递显示签收了但我没收到"], ["a", 1495, "已联系快递员，包裹放在了驿站，取件码 6-2-3018"], ["c", 1490, "找到了，谢谢！"]],
    close: { minutesAgo: 1488 },
  },
  { nick: "赵先生", lines: [["c", 2, "这个优惠券怎么用不了？"]] },
];

export async function seedDemoConversations(deps: { top: TopCaller; store: Store; defaults: LyDefaults; now?: () => number }): Promise<number> {
  const { store } = deps;
  if ((await store.sessions.list({ limit: 1 })).items.length > 0) return 0;
  const realNow = (deps.now ?? Date.now)();
  let clock = realNow;
  const service = createConsoleService({ top: deps.top, store: deps.store, defaults: deps.defaults, now: () => clock });
  let n = 0;
  for (const [i, chat] of chats.entries()) {
    const visitor: VisitorRecord = { visitorId: `v_demo${i}seed${realNow.toString(36)}`, memberId: `v_demo${i}${realNow.toString(36)}`, nickname: chat.nick, signed: false };
    await store.visitors.create(visitor, realNow);
    let sid: string | undefined;
    for (const [j, [side, minutesAgo, text]] of chat.lines.entries()) {
      clock = realNow - minutesAgo * 60_000;
      const body = { message_id: `demo-${i}-${j}-${realNow.toString(36)}`, type: "TEXT" as const, payload: { text } };
      if (side === "c") {
        sid = (await service.visitor.send(visitor, body)).conversation.sid;
        if (j === 0 && chat.agent) await store.sessions.assign(sid, chat.agent, "any");
      } else if (sid && chat.agent) {
        const user = await store.users.get(chat.agent);
        if (user) await service.sendMessage(sid, body, toActor(user));
      }
    }
    if (sid && chat.close) {
      clock = realNow - chat.close.minutesAgo * 60_000;
      await service.visitor.end(visitor, sid);
    }
    n += 1;
  }
  return n;
}
