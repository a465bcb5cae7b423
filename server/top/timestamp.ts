// TOP timestamps are `yyyy-MM-dd HH:mm:ss` in China time (GMT+8, no daylight saving) whatever the
// host's time zone. Computed from the epoch, never from the host's local clock fields.

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, "0");

export function formatTopTimestamp(at: Date): string {
  const china = new Date(at.getTime() + CHINA_OFFSET_MS);
  return (
    `${china.getUTCFullYear()}-${pad(china.getUTCMonth() + 1)}-${pad(china.getUTCDate())} ` +
    `${pad(china.getUTCHours())}:${pad(china.getUTCMinutes())}:${pad(china.getUTCSeconds())}`
  );
}

const PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** The instant a TOP timestamp names, or undefined when it is not one. */
export function parseTopTimestamp(text: string): Date | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) - CHINA_OFFSET_MS;
  const back = new Date(utc + CHINA_OFFSET_MS);
  // Reject impossible dates such as 2026-02-31 that Date.UTC would roll over.
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  return new Date(utc);
}
