// How an input's text becomes the value the schema checks. Blank is always `undefined` (absent),
// never "" or 0; a number that does not parse stays NaN so zod reports "must be a number".

export type ValueAs = "string" | "number" | "datetime";

export function toFormValue(raw: unknown, valueAs: ValueAs): unknown {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== "string") return raw;
  if (raw.trim() === "") return undefined;
  switch (valueAs) {
    case "string":
      return raw;
    case "number":
      return Number(raw.trim());
    case "datetime":
      // A datetime-local value is local wall time; the DTOs want epoch milliseconds.
      return new Date(raw).getTime();
  }
}

/** An epoch-millisecond value shown in a datetime-local input (local wall time, minute precision). */
export function toDateTimeLocal(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
