import { describe, expect, it } from "vitest";
import { fillPlaceholders, quickReplyBodySchema, unknownPlaceholders } from "./quick-replies.ts";

const problems = (body: unknown) => {
  const result = quickReplyBodySchema.safeParse(body);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}:${issue.code}`);
};

describe("quick reply body", () => {
  it("takes a reply in one language or both, trimming the title and emptying a blank text", () => {
    expect(quickReplyBodySchema.parse({ title: " Hi ", text_en: "Hello {{customer_nickname}}" })).toEqual({ title: "Hi", text_zh: "", text_en: "Hello {{customer_nickname}}" });
    expect(quickReplyBodySchema.parse({ title: "Hi", text_zh: "您好", text_en: "  \n" })).toEqual({ title: "Hi", text_zh: "您好", text_en: "" });
  });

  it("names every problem at once, the missing text even when the title is missing too", () => {
    expect(problems({})).toEqual(["title:invalid_type", "text_zh:custom"]);
    expect(problems({ title: "a", text_zh: " ", text_en: "" })).toEqual(["text_zh:custom"]);
    expect(problems({ title: "a", text_zh: 42, text_en: "" })).toEqual(["text_zh:invalid_type"]);
    expect(problems({ title: "a", text_zh: "x", tenant_id: "t" })).toEqual([":unrecognized_keys"]);
    expect(problems([])).toEqual([":invalid_type"]);
  });

  it("refuses an unknown placeholder, naming it", () => {
    const result = quickReplyBodySchema.safeParse({ title: "a", text_zh: "单号 {{order_id}}" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["text_zh"], code: "custom", message: expect.stringContaining("{{order_id}}") });
  });
});

describe("placeholders", () => {
  it("lists the unknown ones once each, spaced forms included", () => {
    expect(unknownPlaceholders("{{a}} {{customer_nickname}} {{a}} {{ agent_name }}")).toEqual(["a", " agent_name "]);
    expect(unknownPlaceholders("{{agent_name}}, { x } {{")).toEqual([]);
  });

  it("fills the known ones and leaves others as written", () => {
    expect(fillPlaceholders("{{customer_nickname}}您好，我是{{agent_name}} {{x}}", { customer_nickname: "王小明", agent_name: "小李" })).toBe("王小明您好，我是小李 {{x}}");
  });
});
