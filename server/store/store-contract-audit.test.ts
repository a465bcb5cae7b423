import { describe, expect, it } from "vitest";
import { quickReplyAuditMethods } from "../../contract/quick-replies.ts";
import { auditEntry } from "../testing/store-fixtures.ts";
import { storeEngines, useStore } from "../testing/store-engines.ts";
import type { QuickReplyChange } from "./store.ts";

// The audit trail and quick replies on every engine: entries kept with their outcome and read back by
// filters, newest first; quick replies in title order, found by any text ignoring case, each change
// audited in the same transaction.

const change = (at: number, method: string = quickReplyAuditMethods.create): QuickReplyChange => ({
  at,
  by: "lead",
  audit: (reply) => ({ at, method, actor: "lead", outcome: "console", msg: reply.title, detail: reply.id, latency_ms: 0, attempts: 0 }),
});

describe.each(storeEngines)("store contract: audit and quick replies on $name", (engine) => {
  const store = useStore(engine);

  it("keeps each entry with its outcome and every field, read back newest first by any filter", async () => {
    await store().audit.record(auditEntry(1, { sid: "s1", request_id: "r1" }));
    await store().audit.record(auditEntry(2, { sid: "s1", outcome: "gateway_error", detail: "timeout", latency_ms: 3000, attempts: 3 }));
    await store().audit.record(auditEntry(3, { method: "auth.login", actor: "mallory", outcome: "refused", address: "203.0.113.9", detail: "bad_password", latency_ms: 0, attempts: 0 }));
    await store().audit.record(auditEntry(4, { sid: "s2", actor: "lead", outcome: "platform_refused", top_code: "15", msg: "Remote service error", sub_code: "isv.closed", sub_msg: "closed" }));
    const list = async (query: Omit<Parameters<ReturnType<typeof store>["audit"]["list"]>[0], "limit">) =>
      (await store().audit.list({ limit: 10, ...query })).items.map((e) => e.at);
    expect(await list({})).toEqual([4, 3, 2, 1]);
    expect(await list({ sid: "s1" })).toEqual([2, 1]);
    expect(await list({ actor: "mallory" })).toEqual([3]);
    expect(await list({ method: "auth.login" })).toEqual([3]);
    expect(await list({ outcome: "ok" })).toEqual([1]);
    expect(await list({ sid: "s1", outcome: "gateway_error" })).toEqual([2]);
    const [refused] = (await store().audit.list({ limit: 1, outcome: "refused" })).items;
    expect(refused).toMatchObject({ method: "auth.login", actor: "mallory", address: "203.0.113.9", detail: "bad_password", latency_ms: 0, attempts: 0 });
    const [platform] = (await store().audit.list({ limit: 1, sid: "s2" })).items;
    expect(platform).toMatchObject({ top_code: "15", msg: "Remote service error", sub_code: "isv.closed", sub_msg: "closed" });
    expect(platform?.request_id).toBeUndefined();
  });

  it("pages the trail with its cursor, each entry once", async () => {
    for (let at = 1; at <= 5; at++) await store().audit.record(auditEntry(at));
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await store().audit.list({ limit: 2, cursor });
      seen.push(...page.items.map((e) => e.at));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([5, 4, 3, 2, 1]);
  });

  it("lists quick replies by title and finds them by any text ignoring case, % and _ taken literally", async () => {
    await store().quickReplies.create("q1", { title: "问候", text_zh: "您好", text_en: "Hello {{customer_nickname}}" }, change(1));
    await store().quickReplies.create("q2", { title: "Closing", text_zh: "", text_en: "Bye" }, change(2));
    await store().quickReplies.create("q3", { title: "Wait", text_zh: "请稍等（100% 会回复）", text_en: "" }, change(3));
    await store().quickReplies.create("q4", { title: "ÉTÉ sale", text_zh: "", text_en: "snake_case" }, change(4));
    const ids = async (q: string | undefined, limit = 10) => (await store().quickReplies.list({ q, limit })).map((r) => r.id);
    expect(await ids(undefined)).toEqual(["q2", "q3", "q4", "q1"]);
    expect(await ids(undefined, 2)).toEqual(["q2", "q3"]);
    expect(await ids("HELLO")).toEqual(["q1"]);
    expect(await ids("été")).toEqual(["q4"]);
    expect(await ids("100%")).toEqual(["q3"]);
    expect(await ids("%")).toEqual(["q3"]);
    expect(await ids("e_c")).toEqual(["q4"]);
    expect(await ids("e%c")).toEqual([]);
    expect(await store().quickReplies.count()).toBe(4);
    expect(await store().quickReplies.get("q2")).toEqual({ id: "q2", title: "Closing", text_zh: "", text_en: "Bye", updated_at: 2, updated_by: "lead" });
  });

  it("audits each quick-reply change it made, in its transaction, and none it did not", async () => {
    await store().quickReplies.create("q1", { title: "Hi", text_zh: "你好", text_en: "" }, change(1));
    await expect(store().quickReplies.create("q1", { title: "dup", text_zh: "x", text_en: "" }, change(2))).rejects.toThrow();
    expect(await store().quickReplies.update("q1", { title: "Hello", text_zh: "您好", text_en: "" }, change(3, quickReplyAuditMethods.update))).toMatchObject({ title: "Hello", updated_at: 3 });
    expect(await store().quickReplies.update("nope", { title: "x", text_zh: "x", text_en: "" }, change(4, quickReplyAuditMethods.update))).toBeUndefined();
    expect(await store().quickReplies.delete("q1", change(5, quickReplyAuditMethods.delete))).toMatchObject({ id: "q1", title: "Hello" });
    expect(await store().quickReplies.delete("q1", change(6, quickReplyAuditMethods.delete))).toBeUndefined();
    const { items } = await store().audit.list({ limit: 10 });
    expect(items.map((e) => [e.at, e.method, e.msg])).toEqual([
      [5, quickReplyAuditMethods.delete, "Hello"],
      [3, quickReplyAuditMethods.update, "Hello"],
      [1, quickReplyAuditMethods.create, "Hi"],
    ]);
    expect(await store().quickReplies.count()).toBe(0);
  });

  it("keeps quick-reply titles unique ignoring case (any script), refusing a duplicate without writing or auditing it", async () => {
    await store().quickReplies.create("q1", { title: "Greeting", text_zh: "你好", text_en: "" }, change(1));
    await store().quickReplies.create("q2", { title: "Été", text_zh: "", text_en: "Summer" }, change(2));
    expect(await store().quickReplies.create("q3", { title: "GREETING", text_zh: "x", text_en: "" }, change(3))).toBe("duplicate_title");
    expect(await store().quickReplies.create("q3", { title: "éTÉ", text_zh: "x", text_en: "" }, change(3))).toBe("duplicate_title");
    expect(await store().quickReplies.update("q2", { title: "greeting", text_zh: "", text_en: "Summer" }, change(4, quickReplyAuditMethods.update))).toBe("duplicate_title");
    // Another case of its own title is no duplicate.
    expect(await store().quickReplies.update("q1", { title: "GREETING", text_zh: "你好", text_en: "" }, change(5, quickReplyAuditMethods.update))).toMatchObject({ title: "GREETING" });
    // A freed title can be taken again.
    expect(await store().quickReplies.update("q2", { title: "Greeting!", text_zh: "", text_en: "Summer" }, change(6, quickReplyAuditMethods.update))).toMatchObject({ title: "Greeting!" });
    expect(await store().quickReplies.create("q3", { title: "été", text_zh: "x", text_en: "" }, change(7))).toMatchObject({ id: "q3" });
    expect((await store().quickReplies.list({ limit: 10 })).map((r) => [r.id, r.title])).toEqual([["q1", "GREETING"], ["q2", "Greeting!"], ["q3", "été"]]);
    const { items } = await store().audit.list({ limit: 10 });
    expect(items.map((e) => e.at)).toEqual([7, 6, 5, 2, 1]);
  });
});
