import { describe, expect, it } from "vitest";
import { insertAt, placeholderParts } from "./placeholder-parts.ts";

describe("placeholderParts", () => {
  it("splits a text into plain runs and known placeholders", () => {
    expect(placeholderParts("您好 {{customer_nickname}}，我是{{agent_name}}")).toEqual([
      { kind: "text", text: "您好 " },
      { kind: "placeholder", name: "customer_nickname" },
      { kind: "text", text: "，我是" },
      { kind: "placeholder", name: "agent_name" },
    ]);
  });

  it("keeps an unknown or spaced placeholder as written, marked unknown", () => {
    expect(placeholderParts("{{order_id}} and {{ agent_name }}!")).toEqual([
      { kind: "unknown", text: "{{order_id}}" },
      { kind: "text", text: " and " },
      { kind: "unknown", text: "{{ agent_name }}" },
      { kind: "text", text: "!" },
    ]);
  });

  it("leaves text without placeholders (or with lone braces) whole", () => {
    expect(placeholderParts("a { b }} {{c")).toEqual([{ kind: "text", text: "a { b }} {{c" }]);
    expect(placeholderParts("")).toEqual([]);
  });
});

describe("insertAt", () => {
  it("replaces the selection and puts the caret after the insert", () => {
    expect(insertAt("Hi , bye", "{{agent_name}}", 3, 3)).toEqual({ text: "Hi {{agent_name}}, bye", caret: 17 });
    expect(insertAt("Hi XX", "{{agent_name}}", 3, 5)).toEqual({ text: "Hi {{agent_name}}", caret: 17 });
  });

  it("clamps a selection outside the text", () => {
    expect(insertAt("ab", "!", 9, 12)).toEqual({ text: "ab!", caret: 3 });
  });
});
