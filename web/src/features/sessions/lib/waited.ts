// How long a customer has waited for an answer, as a ticking clock: "0:45", "12:05", then "1:02:05".
// Clock digits read the same in both languages and change visibly every second.

export function formatWaited(since: number, now: number): string {
  const total = Math.max(0, Math.floor((now - since) / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}

/** A wait past this long is shown as urgent (in colour as well as words). */
export const longWaitMs = 5 * 60_000;
