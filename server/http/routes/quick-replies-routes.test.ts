import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { quickReplyAuditMethods, quickReplyLimits } from "../../../contract/quick-replies.ts";
import { consoleStream } from "../../testing/console-stream.ts";
import { startTestConsole, type TestConsole } from "../../testing/test-console.ts";

let clock = Date.parse("2026-12-01T08:00:00Z");
let c: TestConsole;
beforeEach(async () => {
  c = await startTestConsole({ as: "supervisor", now: () => clock });
});
afterEach(() => c.close());

const greeting = { title: "问候 Greeting", text_zh: "您好 {{customer_nickname}}，我是{{agent_name}}", text_en: "Hi {{customer_nickname}}, {{agent_name}} here" };
const create = async (body: Record<string, unknown>) => (await c.request("POST", "/api/quick-replies", body)).body;
const titles = async (query = "", as: "agent" | "supervisor" = "agent") =>
  (await c.requestAs(as, "GET", `/api/quick-replies${query}`)).body.items.map((r: { title: string }) => r.title);

describe("quick replies API", () => {
  it("lets a supervisor create, replace and delete a reply that every agent can list", async () => {
    const created = await c.request("POST", "/api/quick-replies", greeting);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), ...greeting, updated_at: clock, updated_by: "supervisor" });
    expect(await titles()).toEqual(["问候 Greeting"]);

    clock += 60_000;
    const replaced = await c.request("PUT", `/api/quick-replies/${created.body.id}`, { title: "Greeting", text_en: "Hello!" });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toEqual({ id: created.body.id, title: "Greeting", text_zh: "", text_en: "Hello!", updated_at: clock, updated_by: "supervisor" });

    expect((await c.request("DELETE", `/api/quick-replies/${created.body.id}`)).status).toBe(204);
    expect(await titles()).toEqual([]);
    expect((await c.request("DELETE", `/api/quick-replies/${created.body.id}`)).body.error.code).toBe("not_found");
    expect((await c.request("PUT", "/api/quick-replies/nope", greeting)).status).toBe(404);
  });

  it("refuses every change from an agent (403, audited as refused), and changes nothing", async () => {
    const { id } = await create(greeting);
    for (const [method, path, body] of [
      ["POST", "/api/quick-replies", greeting],
      ["PUT", `/api/quick-replies/${id}`, { title: "Hacked", text_zh: "x" }],
      ["DELETE", `/api/quick-replies/${id}`, undefined],
    ] as const) {
      const res = await c.requestAs("agent", method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.error.code).toBe("forbidden");
    }
    expect(await titles()).toEqual(["问候 Greeting"]);
    const refused = (await c.request("GET", "/api/audit?actor=agent&outcome=refused")).body.items;
    expect(refused).toHaveLength(3);
    expect((await c.requestAs("anonymous", "GET", "/api/quick-replies")).status).toBe(401);
  });

  it("audits each change with who, what and when", async () => {
    const { id } = await create(greeting);
    clock += 1_000;
    await c.request("PUT", `/api/quick-replies/${id}`, { ...greeting, title: "Greeting" });
    clock += 1_000;
    await c.request("DELETE", `/api/quick-replies/${id}`);
    const audit = (await c.request("GET", "/api/audit?actor=supervisor")).body.items.filter((e: { method: string }) => e.method.startsWith("console.quick_reply"));
    expect(audit.map((e: Record<string, unknown>) => [e.method, e.actor, e.at, e.msg, e.detail, e.outcome])).toEqual([
      [quickReplyAuditMethods.delete, "supervisor", clock, "Greeting", id, "console"],
      [quickReplyAuditMethods.update, "supervisor", clock - 1_000, "Greeting", id, "console"],
      [quickReplyAuditMethods.create, "supervisor", clock - 2_000, "问候 Greeting", id, "console"],
    ]);
    expect((await c.request("GET", `/api/audit?method=${quickReplyAuditMethods.create}`)).body.items).toHaveLength(1);
  });

  it("answers 400 naming each bad field of a strict body, and writes nothing", async () => {
    const fields = async (body: unknown, method = "POST", path = "/api/quick-replies") => {
      const res = await c.request(method, path, body);
      expect(res.status).toBe(400);
      return res.body.error.fields.map((f: { path: string; code: string }) => `${f.path}:${f.code}`);
    };
    expect(await fields({ ...greeting, tenant_id: "t1" })).toEqual(["tenant_id:unrecognized_keys"]);
    expect(await fields({ text_zh: "x" })).toEqual(["title:required"]);
    expect(await fields({ ...greeting, title: "x".repeat(quickReplyLimits.title + 1) })).toEqual(["title:too_big"]);
    expect(await fields({ ...greeting, text_en: "x".repeat(quickReplyLimits.text + 1) })).toEqual(["text_en:too_big"]);
    expect(await fields({ title: "Blank", text_zh: "  ", text_en: "" })).toEqual(["text_zh:custom"]);
    expect(await fields({ ...greeting, text_zh: 42 })).toEqual(["text_zh:invalid_type"]);
    expect(await fields("[]")).toEqual([":invalid_type"]);
    const { id } = await create(greeting);
    expect(await fields({ title: " " }, "PUT", `/api/quick-replies/${id}`)).toEqual(["title:too_small", "text_zh:custom"]);
    expect(await titles()).toEqual(["问候 Greeting"]);
  });

  it("answers 400 naming an unknown placeholder and the field it is in", async () => {
    const res = await c.request("POST", "/api/quick-replies", { title: "Order", text_en: "Your order {{order_id}} ships with {{agent_name}} {{ agent_name }}" });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([
      { path: "text_en", code: "custom", message: expect.stringContaining("unknown placeholder {{order_id}}") },
      { path: "text_en", code: "custom", message: expect.stringContaining("unknown placeholder {{ agent_name }}") },
    ]);
    expect(res.body.error.message).toContain("{{order_id}}");
  });

  it("answers 409 naming the title when another reply has it in any case, writes nothing, and lets a reply change its own title's case", async () => {
    const { id } = await create(greeting);
    const other = await create({ title: "Closing", text_en: "Bye" });
    const duplicate = {
      code: "conflict",
      message: 'Another quick reply is titled "问候 GREETING".',
      requestId: expect.any(String),
      fields: [{ path: "title", code: "duplicate", message: 'another quick reply is titled "问候 GREETING"' }],
    };
    const created = await c.request("POST", "/api/quick-replies", { ...greeting, title: "  问候 GREETING " });
    expect(created.status).toBe(409);
    expect(created.body.error).toEqual(duplicate);
    const renamed = await c.request("PUT", `/api/quick-replies/${other.id}`, { title: "问候 GREETING", text_en: "Bye" });
    expect(renamed.status).toBe(409);
    expect(renamed.body.error).toEqual(duplicate);
    expect(await titles()).toEqual(["Closing", "问候 Greeting"]);
    const audited = (await c.request("GET", "/api/audit?actor=supervisor")).body.items.filter((e: { method: string }) => e.method.startsWith("console.quick_reply"));
    expect(audited).toHaveLength(2);

    const ownCase = await c.request("PUT", `/api/quick-replies/${id}`, { ...greeting, title: "问候 GREETING" });
    expect(ownCase.status).toBe(200);
    expect(await titles()).toEqual(["Closing", "问候 GREETING"]);
  });

  it("filters by title or text, case-insensitively, ordered by title and capped", async () => {
    await create({ title: "Please wait", text_zh: "请稍等", text_en: "One moment please" });
    await create({ title: "closing", text_en: "Bye from {{agent_name}}" });
    await create(greeting);
    expect(await titles()).toEqual(["Please wait", "closing", "问候 Greeting"]);
    expect(await titles("?q=PLEASE")).toEqual(["Please wait"]);
    expect(await titles("?q=%E7%A8%8D%E7%AD%89")).toEqual(["Please wait"]);
    expect(await titles("?q=agent_name")).toEqual(["closing", "问候 Greeting"]);
    expect(await titles("?q=%20")).toEqual(["Please wait", "closing", "问候 Greeting"]);
    const many = (await c.request("GET", `/api/quick-replies?q=${"x".repeat(quickReplyLimits.query + 1)}`)).body;
    expect(many.error.fields[0].path).toBe("q");
    for (let i = 0; i < quickReplyLimits.list + 5; i++) await c.service.quickReplies.create({ title: `R${String(i).padStart(3, "0")}`, text_zh: "x", text_en: "" }, { username: "supervisor", role: "supervisor", operatorId: "o", serviceId: "s" });
    expect(await titles()).toHaveLength(quickReplyLimits.list);
  });

  it("tells every open console, an agent's too, that the list changed", async () => {
    const seen = consoleStream(c.url, await c.login("agent", "agent-demo-pass"));
    await seen.ready;
    const { id } = await create(greeting);
    await c.request("DELETE", `/api/quick-replies/${id}`);
    const events = await seen.until((got) => got.length >= 2);
    seen.stop();
    expect(events).toEqual([
      { type: "quick_replies.changed", id, change: "created" },
      { type: "quick_replies.changed", id, change: "deleted" },
    ]);
  });
});
