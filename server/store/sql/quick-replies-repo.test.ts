import { describe, expect, it } from "vitest";
import { quickReplyAuditMethods } from "../../../contract/quick-replies.ts";
import { sqlEngines, useSqlDb } from "../../testing/sql-databases.ts";
import type { QuickReplyChange } from "../store.ts";
import { createAuditRepo } from "./audit-repo.ts";
import { createQuickRepliesRepo } from "./quick-replies-repo.ts";

const change = (at: number, by = "supervisor", method: string = quickReplyAuditMethods.create): QuickReplyChange => ({
  at,
  by,
  audit: (reply) => ({ at, method, actor: by, outcome: "console", msg: reply.title, detail: reply.id, latency_ms: 0, attempts: 0 }),
});

describe.each(sqlEngines)("quick replies repo on $name", (engine) => {
  const db = useSqlDb(engine);
  const repos = () => ({ quickReplies: createQuickRepliesRepo(db()), audit: createAuditRepo(db()) });

  async function seed() {
    const { quickReplies } = repos();
    await quickReplies.create("q1", { title: "问候", text_zh: "您好 {{customer_nickname}}", text_en: "Hello {{customer_nickname}}" }, change(1));
    await quickReplies.create("q2", { title: "Closing", text_zh: "", text_en: "Thanks, {{agent_name}} here. Bye!" }, change(2));
    await quickReplies.create("q3", { title: "Please wait", text_zh: "请稍等，正在为您查询（100% 会回复）", text_en: "" }, change(3));
  }

  it("keeps a reply and answers it by id and in a list ordered by title", async () => {
    await seed();
    const { quickReplies } = repos();
    expect(await quickReplies.get("q2")).toEqual({ id: "q2", title: "Closing", text_zh: "", text_en: "Thanks, {{agent_name}} here. Bye!", updated_at: 2, updated_by: "supervisor" });
    expect((await quickReplies.list({ limit: 50 })).map((r) => r.title)).toEqual(["Closing", "Please wait", "问候"]);
    expect(await quickReplies.count()).toBe(3);
  });

  it("orders titles by code point, as SQLite always has", async () => {
    const { quickReplies } = repos();
    for (const [id, title] of [["b", "apples"], ["a", "apple"], ["c", "Banana"], ["d", "a-c"], ["e", "ab"]] as const) {
      await quickReplies.create(id, { title, text_zh: "x", text_en: "" }, change(1));
    }
    expect((await quickReplies.list({ limit: 50 })).map((r) => `${r.title}/${r.id}`)).toEqual(["Banana/c", "a-c/d", "ab/e", "apple/a", "apples/b"]);
  });

  it("filters by title or either text, ignoring case, and caps the list", async () => {
    await seed();
    const titles = async (q: string, limit = 50) => (await repos().quickReplies.list({ q, limit })).map((r) => r.title);
    expect(await titles("CLOSING")).toEqual(["Closing"]);
    expect(await titles("hello")).toEqual(["问候"]);
    expect(await titles("稍等")).toEqual(["Please wait"]);
    expect(await titles("{{agent_name}}")).toEqual(["Closing"]);
    expect(await titles("nothing like it")).toEqual([]);
    expect(await titles("e", 1)).toEqual(["Closing"]);
  });

  it("matches % and _ and \\ literally, and non-ASCII letters in any case", async () => {
    await seed();
    const { quickReplies } = repos();
    await quickReplies.create("q4", { title: "ÉTÉ sale", text_zh: "", text_en: "snake_case" }, change(4));
    await quickReplies.create("q5", { title: "Path", text_zh: "", text_en: "C:\\temp" }, change(5));
    const ids = async (q: string) => (await quickReplies.list({ q, limit: 50 })).map((r) => r.id);
    expect(await ids("100%")).toEqual(["q3"]);
    expect(await ids("%")).toEqual(["q3"]);
    expect(await ids("e_c")).toEqual(["q4"]);
    expect(await ids("été")).toEqual(["q4"]);
    expect(await ids("c:\\t")).toEqual(["q5"]);
  });

  it("updates a reply (and what it is found by), and answers undefined for an unknown id", async () => {
    await seed();
    const { quickReplies } = repos();
    const updated = await quickReplies.update("q1", { title: "Greeting", text_zh: "您好", text_en: "Hi there" }, change(9, "lead"));
    expect(updated).toMatchObject({ id: "q1", title: "Greeting", text_en: "Hi there", updated_at: 9, updated_by: "lead" });
    expect((await quickReplies.list({ q: "hello", limit: 50 })).map((r) => r.id)).toEqual([]);
    expect((await quickReplies.list({ q: "there", limit: 50 })).map((r) => r.id)).toEqual(["q1"]);
    expect(await quickReplies.update("nope", { title: "x", text_zh: "x", text_en: "" }, change(10))).toBeUndefined();
  });

  it("deletes a reply once, answering what was deleted", async () => {
    await seed();
    const { quickReplies } = repos();
    expect(await quickReplies.delete("q2", change(5))).toMatchObject({ id: "q2", title: "Closing" });
    expect(await quickReplies.get("q2")).toBeUndefined();
    expect(await quickReplies.delete("q2", change(6))).toBeUndefined();
  });

  it("writes the audit entry of each change it made, and none for one it did not", async () => {
    await seed();
    const { quickReplies, audit } = repos();
    await quickReplies.update("q1", { title: "Greeting", text_zh: "您好", text_en: "" }, change(7, "lead", quickReplyAuditMethods.update));
    await quickReplies.update("missing", { title: "x", text_zh: "x", text_en: "" }, change(8, "lead", quickReplyAuditMethods.update));
    await quickReplies.delete("q3", change(9, "lead", quickReplyAuditMethods.delete));
    await quickReplies.delete("q3", change(10, "lead", quickReplyAuditMethods.delete));
    const { items } = await audit.list({ limit: 50 });
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
    const { quickReplies, audit } = repos();
    await expect(quickReplies.create("q1", { title: "dup", text_zh: "x", text_en: "" }, change(11))).rejects.toThrow();
    expect((await audit.list({ limit: 50 })).items).toHaveLength(3);
  });

  it("answers duplicate_title for a title another reply has in any case, and writes neither the reply nor its audit entry", async () => {
    await seed();
    const { quickReplies, audit } = repos();
    expect(await quickReplies.create("q4", { title: "CLOSING", text_zh: "x", text_en: "" }, change(11))).toBe("duplicate_title");
    expect(await quickReplies.update("q3", { title: "closing", text_zh: "x", text_en: "" }, change(12, "lead", quickReplyAuditMethods.update))).toBe("duplicate_title");
    expect(await quickReplies.get("q4")).toBeUndefined();
    expect(await quickReplies.get("q3")).toMatchObject({ title: "Please wait", updated_at: 3 });
    expect((await audit.list({ limit: 50 })).items).toHaveLength(3);
    // Its own title in another case is no duplicate; an id taken is still an error, not a duplicate title.
    expect(await quickReplies.update("q2", { title: "CLOSING", text_zh: "", text_en: "Bye" }, change(13))).toMatchObject({ title: "CLOSING" });
    await expect(quickReplies.create("q1", { title: "New title", text_zh: "x", text_en: "" }, change(14))).rejects.toThrow();
  });

  it("keeps no change whose audit entry could not be written", async () => {
    await seed();
    const failingAudit = createQuickRepliesRepo(db(), async () => {
      throw new Error("audit trail unavailable");
    });
    await expect(failingAudit.update("q1", { title: "Greeting", text_zh: "您好", text_en: "" }, change(12))).rejects.toThrow("audit trail unavailable");
    await expect(failingAudit.delete("q2", change(13))).rejects.toThrow("audit trail unavailable");
    expect(await repos().quickReplies.get("q1")).toMatchObject({ title: "问候", updated_at: 1 });
    expect(await repos().quickReplies.get("q2")).toBeDefined();
  });
});
