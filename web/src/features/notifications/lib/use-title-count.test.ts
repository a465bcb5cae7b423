import { describe, expect, it } from "vitest";
import { titleWithCount } from "./use-title-count.ts";

describe("titleWithCount", () => {
  it("puts the count before the title, and nothing when there is none", () => {
    expect(titleWithCount("瓴羊客服云 · 客服工作台", 3)).toBe("(3) 瓴羊客服云 · 客服工作台");
    expect(titleWithCount("Agent console", 0)).toBe("Agent console");
  });
});
