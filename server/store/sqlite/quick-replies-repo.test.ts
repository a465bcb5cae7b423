import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { quickReplyAuditMethods } from "../../../contract/quick-replies.ts";
import type { QuickReplyChange, Store } from "../store.ts";
import { createSqliteStore } from "./sqlite-store.ts";

let store: Store;
beforeEach(() => {
  store = createSqliteStore(":memory:");
});
afterEach(() => store.close());

const change = (at: number, by = "supervisor", method: string = quickReplyAuditMethods.create): QuickReplyChange => ({
  at,
  by,
  audit: (reply) => ({ at, method, actor: by, outcome: "console", msg: reply.title, detail: reply.id, latency_ms: 0, attempts: 0 }),
});

async function seed() {
  await store.quickReplies.create("q1", { title: "问候", text_zh: "您好 {{customer_nickname}}", text_en: "Hello {{customer_nickname}}" }, change(1));
  await store.quickReplies.create("q2", { title: "Closing", text_zh: "", text_en: "Thanks, {{agent_name}} here. Bye!" }, change(2));
  await store.quickReplies.create("q3", { title: "Please wait", text_zh: "请稍等，正在为您查询（100% 会回复）", text_en: "" }, change(3));
}

describe("quick replies repo", () => {
  it("keeps a reply and answers it by id and in a list ordered by title", async () => {
    await seed();
    expect(await store.quickReplies.get("q2")).toEqual({ id: "q2", title: "Closing", text_zh: "", text_en: "Thanks, {{agent_name}} here. Bye!", updated_at: 2, updated_by: "supervisor" });
    expect((await store.quickReplies.list({ limit: 50 })).map((r) => r.title)).toEqual(["Closing", "Please wait", "问候"]);
    expect(await store.quickReplies.count()).toBe(3);
  });

  it("filters by title or either text, ignoring case, and caps the list", async () => {
    await seed();
    const titles = async (q: string, limit = 50) => (await store.quickReplies.list({ q, limit })).map((r) => r.title);
    expect(await titles("CLOSING")).toEqual(["Closing"]);
    expect(await titles("hello")).toEqual(["问候"]);
    expect(await titles("稍等")).toEqual(["Please wait"]);
    expect(await titles("{{agent_name}}")).toEqual(["Closing"]);
    expect(await titles("nothing like it")).toEqual([]);
    expect(await titles("e", 1)).toEqual(["Closing"]);
  });

  it("matches % and _ literally, and non-ASCII letters in any case", async () => {
    await seed();
    await store.quickReplies.create("q4", { title: "ÉTÉ sale", text_zh: "", text_en: "snake_case" }, change(4));
    expect((await store.quickReplies.list({ q: "100%", limit: 50 })).map((r) => r.id)).toEqual(["q3"]);
    expect((await store.quickReplies.list({ q: "%", limit: 50 })).map((r) => r.id)).toEqual(["q3"]);
    expect((await store.quickReplies.list({ q: "e_c", limit: 50 })).map((r) => r.id)).toEqual(["q4"]);
    expect((await store.quickReplies.list({ q: "été", limit: 50 })).map((r) => r.id)).toEqual(["q4"]);
  });

  it("updates a reply (and what it is found by), and answers undefined for an unknown id", async () => {
    await seed();
    const updated = await store.quickReplies.update("q1", { title: "Greeting", text_zh: "您好", text_en: "Hi there" }, change(9, "lead"));
    expect(updated).toMatchObject({ id: "q1", title: "Greeting", text_en: "Hi there", updated_at: 9, updated_by: "lead" });
    expect((await store.quickReplies.list({ q: "hello", limit: 50 })).map((r) => r.id)).toEqual([]);
    expect((await store.quickReplies.list({ q: "there", limit: 50 })).map((r) => r.id)).toEqual(["q1"]);
    expect(await store.quickReplies.update("nope", { title: "x", text_zh: "x", text_en: "" }, change(10))).toBeUndefined();
  });

  it("deletes a reply once, answering what was deleted", async () => {
    await seed();
    expect(await store.quickReplies.delete("q2", change(5))).toMatchObject({ id: "q2", title: "Closing" });
    expect(await store.quickReplies.get("q2")).toBeUndefined();
    expect(await store.quickReplies.delete("q2", change(6))).toBeUndefined();
  });

  it("writes the audit entry of each change it made, and none for one it did not", async () => {
    await seed();
    await store.quickReplies.update("q1", { title: "Greeting", text_zh: "您好", text_en: "" }, change(7, "lead", quickReplyAuditMethods.update));
    await store.quickReplies.update("missing", { title: "x", text_zh: "x", text_en: "" }, change(8, "lead", quickReplyAuditMethods.update));
    await store.quickReplies.delete("q3", change(9, "lead", quickReplyAuditMethods.delete));
    await store.quickReplies.delete("q3", change(10, "lead", quickReplyAuditMethods.delete));
    const { items } = await store.audit.list({ limit: 50 });
    expect(items.map((e) => [e.method, e.actor, e.msg, e.detail])).toEqual([
      [quickReplyAuditMethods.delete, "lead", "Please wait", "q3"],
      [quickReplyAuditMethods.update, "lead", "Greeting", "q1"],
      [quickReplyAuditMethods.create, "supervisor", "Please wait", "q3"],
      [quickReplyAuditMethods.create, "supervisor", "Closing", "q2"],
      [quickReplyAuditMethods.create, "supervisor", "问候", "q1"],
    ]);
  });

  it("writes neither the reply nor its audit entry when the insert fails", async () => {
    await seed();
    await expect(store.quickReplies.create("q1", { title: "dup", text_zh: "x", text_en: "" }, change(11))).rejects.toThrow();
    expect((await store.audit.list({ limit: 50 })).items).toHaveLength(3);
  });
});
