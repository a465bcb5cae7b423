// Every "how long ago" and "for how long" on the console's screens, in one place, all rounded down (a
// session shows "30 min" idle only once 30 minutes really passed, and then also "30 minutes ago"):
// - formatRelativeTime: "3 minutes ago", "yesterday" (Intl, in the UI language), for lists;
// - elapsedParts: "12 min", "2 h 5 min", "3 d 4 h" (words in common:elapsed.*), for idle durations;
// - formatClockDuration: "0:45", "1:02:05", a wait that visibly ticks each second.
// Each reads `now` from lib/clock.ts (through useClock, lib/use-clock.ts), so times on one screen move on the same tick.

import { relativeTimeFormat } from "./intl-formats.ts";

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

const units: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * day],
  ["month", 30 * day],
  ["week", 7 * day],
  ["day", day],
  ["hour", hour],
  ["minute", minute],
];

/** The largest unit that is at least 1 wins; anything under a minute is "now". */
export function formatRelativeTime(at: number, now: number, locale: string): string {
  const format = relativeTimeFormat(locale, { numeric: "auto" });
  const diff = at - now;
  for (const [unit, size] of units) {
    if (Math.abs(diff) >= size) return format.format(Math.trunc(diff / size), unit);
  }
  return format.format(0, "second");
}

export type ElapsedKey = "lessThanMinute" | "minutes" | "hours" | "hoursMinutes" | "days" | "daysHours";

/** Which words to use (`common:elapsed.<key>`), and the whole days, hours after them and minutes after those. */
export interface ElapsedParts {
  key: ElapsedKey;
  values: { days: number; hours: number; minutes: number };
}

/** A duration as a supervisor scans it: the two largest units, rounded down; never negative (clock skew). */
export function elapsedParts(ms: number): ElapsedParts {
  const totalMinutes = Math.floor(Math.max(0, ms) / minute);
  const totalHours = Math.floor(totalMinutes / 60);
  const values = { days: Math.floor(totalHours / 24), hours: totalHours % 24, minutes: totalMinutes % 60 };
  const key: ElapsedKey =
    totalMinutes < 1
      ? "lessThanMinute"
      : totalHours < 1
        ? "minutes"
        : values.days < 1
          ? values.minutes === 0
            ? "hours"
            : "hoursMinutes"
          : values.hours === 0
            ? "days"
            : "daysHours";
  return { key, values };
}

/** A running clock, "0:45", "12:05", then "1:02:05": digits read the same in both languages. */
export function formatClockDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}

/** An ISO 8601 duration for <time dateTime>, to the second. */
export function isoDuration(ms: number): string {
  return `PT${Math.max(0, Math.floor(ms / 1000))}S`;
}
