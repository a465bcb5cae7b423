import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { commonLocales } from "../i18n/common-locales.ts";
import { elapsedParts, formatClockDuration, formatRelativeTime, isoDuration } from "./elapsed.ts";

const min = 60_000;
const now = Date.UTC(2025, 0, 15, 12, 0, 0);

async function formatter(lng: "en" | "zh-CN") {
  const i18n = createInstance();
  await i18n.init({ lng, resources: { [lng]: { common: commonLocales[lng] } }, defaultNS: "common", interpolation: { escapeValue: false } });
  return (ms: number) => {
    const { key, values } = elapsedParts(ms);
    return i18n.t(`common:elapsed.${key}`, values);
  };
}

describe("formatRelativeTime", () => {
  it("says now for anything under a minute, then the largest whole unit", () => {
    expect(formatRelativeTime(now - 20_000, now, "en")).toBe("now");
    expect(formatRelativeTime(now - 3 * min, now, "en")).toBe("3 minutes ago");
    expect(formatRelativeTime(now - 90 * min, now, "en")).toBe("1 hour ago");
    expect(formatRelativeTime(now - 24 * 60 * min, now, "en")).toBe("yesterday");
  });

  it("speaks the UI language", () => {
    expect(formatRelativeTime(now - 5 * min, now, "zh-CN")).toBe("5分钟前");
  });
});

describe("elapsedParts", () => {
  it("rounds down to whole minutes and picks the two largest units", () => {
    expect(elapsedParts(59_999).key).toBe("lessThanMinute");
    expect(elapsedParts(12 * min + 59_000)).toEqual({ key: "minutes", values: { days: 0, hours: 0, minutes: 12 } });
    expect(elapsedParts(125 * min)).toEqual({ key: "hoursMinutes", values: { days: 0, hours: 2, minutes: 5 } });
    expect(elapsedParts(120 * min).key).toBe("hours");
    expect(elapsedParts((3 * 24 + 4) * 60 * min + 59 * min)).toEqual({ key: "daysHours", values: { days: 3, hours: 4, minutes: 59 } });
    expect(elapsedParts(2 * 24 * 60 * min).key).toBe("days");
  });

  it("never shows a negative time (clock skew)", () => {
    expect(elapsedParts(-5000).key).toBe("lessThanMinute");
  });

  it("agrees with the relative time of the same instant: both round down to the same unit", () => {
    for (const ms of [59_999, 60_000, 12 * min + 59_999, 60 * min - 1, 60 * min, 125 * min]) {
      const { key, values } = elapsedParts(ms);
      const relative = formatRelativeTime(now - ms, now, "en");
      if (key === "lessThanMinute") expect(relative).toBe("now");
      else if (key === "minutes") expect(relative).toBe(`${values.minutes} minute${values.minutes === 1 ? "" : "s"} ago`);
      else expect(relative).toBe(`${values.hours} hour${values.hours === 1 ? "" : "s"} ago`);
    }
  });

  it("reads naturally in both languages", async () => {
    const en = await formatter("en");
    expect([en(30_000), en(12 * min), en(125 * min), en(26 * 60 * min)]).toEqual(["< 1 min", "12 min", "2 h 5 min", "1 d 2 h"]);
    const zh = await formatter("zh-CN");
    expect([zh(30_000), zh(12 * min), zh(125 * min)]).toEqual(["不到 1 分钟", "12 分钟", "2 小时 5 分钟"]);
  });
});

describe("formatClockDuration", () => {
  it("shows minutes and seconds, then hours", () => {
    expect(formatClockDuration(45_000)).toBe("0:45");
    expect(formatClockDuration(12 * min + 5_000)).toBe("12:05");
    expect(formatClockDuration(60 * min + 2 * min + 5_000)).toBe("1:02:05");
  });

  it("never counts below zero", () => {
    expect(formatClockDuration(-10_000)).toBe("0:00");
    expect(isoDuration(-10_000)).toBe("PT0S");
    expect(isoDuration(90_500)).toBe("PT90S");
  });
});
