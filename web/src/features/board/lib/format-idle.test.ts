import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { boardLocales } from "../locales.ts";
import { idleDuration, idleNow } from "./format-idle.ts";

const min = 60_000;

async function formatter(lng: "en" | "zh-CN") {
  const i18n = createInstance();
  await i18n.init({ lng, resources: { [lng]: { board: boardLocales[lng] } }, defaultNS: "board", interpolation: { escapeValue: false } });
  return (ms: number) => {
    const { key, values } = idleDuration(ms);
    return i18n.t(`board:idle.${key}`, values);
  };
}

describe("idleDuration", () => {
  it("rounds down to whole minutes and picks the two largest units", () => {
    expect(idleDuration(59_999).key).toBe("lessThanMinute");
    expect(idleDuration(12 * min + 59_000)).toEqual({ key: "minutes", values: { days: 0, hours: 0, minutes: 12 } });
    expect(idleDuration(125 * min)).toEqual({ key: "hoursMinutes", values: { days: 0, hours: 2, minutes: 5 } });
    expect(idleDuration(120 * min).key).toBe("hours");
    expect(idleDuration((3 * 24 + 4) * 60 * min + 59 * min)).toEqual({ key: "daysHours", values: { days: 3, hours: 4, minutes: 59 } });
    expect(idleDuration(2 * 24 * 60 * min).key).toBe("days");
  });

  it("never shows a negative time (clock skew)", () => {
    expect(idleDuration(-5000).key).toBe("lessThanMinute");
  });

  it("reads naturally in both languages", async () => {
    const en = await formatter("en");
    expect([en(30_000), en(12 * min), en(125 * min), en(26 * 60 * min)]).toEqual(["< 1 min", "12 min", "2 h 5 min", "1 d 2 h"]);
    const zh = await formatter("zh-CN");
    expect([zh(30_000), zh(12 * min), zh(125 * min)]).toEqual(["不到 1 分钟", "12 分钟", "2 小时 5 分钟"]);
  });
});

describe("idleNow", () => {
  it("keeps counting from when the page arrived", () => {
    expect(idleNow(10 * min, 1_000, 1_000 + 15_000)).toBe(10 * min + 15_000);
    expect(idleNow(10 * min, 5_000, 1_000)).toBe(10 * min);
  });
});
