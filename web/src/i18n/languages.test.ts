import { describe, expect, it } from "vitest";
import { pickLanguage } from "./languages.ts";

describe("pickLanguage", () => {
  it("keeps the language the agent chose before", () => {
    expect(pickLanguage("en", ["zh-CN"])).toBe("en");
    expect(pickLanguage("zh-CN", ["en-US"])).toBe("zh-CN");
  });

  it("ignores a stored value that is not one of ours", () => {
    expect(pickLanguage("fr", ["zh-TW"])).toBe("zh-CN");
  });

  it("maps every Chinese variant to zh-CN", () => {
    for (const tag of ["zh", "zh-CN", "zh-Hans", "zh-TW", "ZH-hk"]) expect(pickLanguage(null, [tag])).toBe("zh-CN");
  });

  it("takes the first supported language in the browser's order", () => {
    expect(pickLanguage(null, ["fr-FR", "zh-CN", "en"])).toBe("zh-CN");
    expect(pickLanguage(null, ["de", "en-GB", "zh"])).toBe("en");
  });

  it("falls back to English", () => {
    expect(pickLanguage(undefined, [])).toBe("en");
    expect(pickLanguage(null, ["ja", "zhx"])).toBe("en");
  });
});
