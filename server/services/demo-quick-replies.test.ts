import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { quickReplyPlaceholders } from "../../contract/quick-replies.ts";
import { openSqlStore } from "../store/sql/sql-store.ts";
import type { Store } from "../store/store.ts";
import { DEMO_SEED_ACTOR, seedDemoQuickReplies } from "./demo-quick-replies.ts";

let store: Store;
beforeEach(async () => {
  store = await openSqlStore({ engine: "sqlite", dataDir: ":memory:" });
});
afterEach(() => store.close());

describe("demo quick replies", () => {
  it("seeds a handful of bilingual replies using both placeholders, audited", async () => {
    const seeded = await seedDemoQuickReplies(store, 1_000);
    expect(seeded).toBeGreaterThanOrEqual(4);
    expect(seeded).toBeLessThanOrEqual(6);
    const replies = await store.quickReplies.list({ limit: 50 });
    expect(replies).toHaveLength(seeded);
    for (const reply of replies) expect(reply.text_zh && reply.text_en, reply.title).toBeTruthy();
    for (const name of quickReplyPlaceholders) expect(replies.some((r) => r.text_zh.includes(`{{${name}}}`))).toBe(true);
    const audit = await store.audit.list({ actor: DEMO_SEED_ACTOR, limit: 50 });
    expect(audit.items).toHaveLength(seeded);
  });

  it("seeds once: not again on restart, nor after a supervisor deleted them all", async () => {
    await seedDemoQuickReplies(store, 1_000);
    expect(await seedDemoQuickReplies(store, 2_000)).toBe(0);
    for (const reply of await store.quickReplies.list({ limit: 50 })) {
      await store.quickReplies.delete(reply.id, { at: 3_000, audit: (r) => ({ at: 3_000, method: "console.quick_reply.delete", actor: "supervisor", outcome: "console", msg: r.title, latency_ms: 0, attempts: 0 }) });
    }
    expect(await seedDemoQuickReplies(store, 4_000)).toBe(0);
    expect(await store.quickReplies.count()).toBe(0);
  });
});
