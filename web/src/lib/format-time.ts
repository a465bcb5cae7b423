import { dateTimeFormat } from "./intl-formats.ts";

// Dates and times as an agent reads them: a full local date and time on hover and in details, a day
// and a time of day in records. Durations and "3 minutes ago" are in lib/elapsed.ts.

export function formatDateTime(at: number, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(at);
}

/** The day of a record, short: "1/15/25", "2025/1/15". */
export function formatDate(at: number, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: "short" }).format(at);
}

/** The time of a record to the second: "8:00:05 PM", "20:00:05". */
export function formatTimeOfDay(at: number, locale: string): string {
  return dateTimeFormat(locale, { timeStyle: "medium" }).format(at);
}
