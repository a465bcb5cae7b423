// Percentiles by nearest rank over every sample: no histogram buckets, so sub-millisecond
// differences between two runs stay visible.

export interface Distribution {
  count: number;
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
}

export function distribution(samples: ArrayLike<number>): Distribution {
  const sorted = Float64Array.from(samples).sort();
  const count = sorted.length;
  if (count === 0) return { count, mean: 0, p50: 0, p90: 0, p95: 0, p99: 0, max: 0 };
  let sum = 0;
  for (const value of sorted) sum += value;
  const rank = (p: number) => sorted[Math.min(count - 1, Math.max(0, Math.ceil(p * count) - 1))] ?? 0;
  return { count, mean: sum / count, p50: rank(0.5), p90: rank(0.9), p95: rank(0.95), p99: rank(0.99), max: sorted[count - 1] ?? 0 };
}

/** Rounds for reports: enough digits to compare, no false precision. */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
