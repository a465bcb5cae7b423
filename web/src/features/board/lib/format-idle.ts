// How long a session has been idle, as a supervisor scans it: whole minutes, then hours and minutes,
// then days and hours ("12 min", "2 h 5 min", "3 d 4 h"). Always rounded down, so a session shows
// "30 min" only once it really passed 30 minutes. The words come from `board:idle.*`.

export type IdleKey = "lessThanMinute" | "minutes" | "hours" | "hoursMinutes" | "days" | "daysHours";

/** Which words to use, and the whole days, hours (after the days) and minutes (after the hours). */
export interface IdleDuration {
  key: IdleKey;
  values: { days: number; hours: number; minutes: number };
}

const minute = 60_000;

export function idleDuration(ms: number): IdleDuration {
  const totalMinutes = Math.floor(Math.max(0, ms) / minute);
  const totalHours = Math.floor(totalMinutes / 60);
  const values = { days: Math.floor(totalHours / 24), hours: totalHours % 24, minutes: totalMinutes % 60 };
  const key: IdleKey =
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

/** The idle time of a row now: the server's idle_ms when the page arrived, plus what passed since. */
export function idleNow(idleMs: number, receivedAt: number, now: number): number {
  return idleMs + Math.max(0, now - receivedAt);
}
