import { describe, expect, it } from "vitest";
import { findSlashQuery, replaceSlashQuery } from "./slash-query.ts";

const at = (text: string) => findSlashQuery(text, text.length);

describe("findSlashQuery", () => {
  it("opens at the start of the text and after whitespace", () => {
    expect(at("/")).toEqual({ start: 0, query: "" });
    expect(at("/退货")).toEqual({ start: 0, query: "退货" });
    expect(at("好的 /ref")).toEqual({ start: 3, query: "ref" });
    expect(at("第一行\n/gr")).toEqual({ start: 4, query: "gr" });
  });

  it("stays shut inside a word, a URL, or once a space follows the query", () => {
    expect(at("and/or")).toBeUndefined();
    expect(at("https://example.com/a")).toBeUndefined();
    expect(at("/ref ")).toBeUndefined();
    expect(at("hello")).toBeUndefined();
  });

  it("reads only up to the caret", () => {
    expect(findSlashQuery("/refund policy", 4)).toEqual({ start: 0, query: "ref" });
    expect(findSlashQuery("text /x", 3)).toBeUndefined();
  });
});

describe("replaceSlashQuery", () => {
  it("puts the reply where `/query` was and the caret after it", () => {
    const text = "好的 /ref 谢谢";
    const slash = findSlashQuery(text, 7);
    expect(slash).toEqual({ start: 3, query: "ref" });
    expect(replaceSlashQuery(text, slash ?? { start: 0, query: "" }, "退款三天到账")).toEqual({ text: "好的 退款三天到账 谢谢", caret: 9 });
  });
});
