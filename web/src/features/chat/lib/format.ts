// Small display formats for message metadata; the words around them come from the locale files.

/** 75 → "1:15"; 3725 → "1:02:05". */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}

export type SizeUnit = "bytes" | "kilobytes" | "megabytes" | "gigabytes";

/** 2048 → { unit: "kilobytes", value: "2" }; one decimal below 10 of a unit. */
export function formatSize(bytes: number): { unit: SizeUnit; value: string } {
  const units: SizeUnit[] = ["bytes", "kilobytes", "megabytes", "gigabytes"];
  let value = bytes;
  let index = 0;
  while (value >= 1024 && index < units.length - 1) {
    value /= 1024;
    index++;
  }
  const digits = index === 0 || value >= 10 ? 0 : 1;
  return { unit: units[index] ?? "bytes", value: value.toFixed(digits).replace(/\.0$/, "") };
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
