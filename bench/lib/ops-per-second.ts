import { round } from "./stats.ts";

// A micro-benchmark loop: warm up (so V8 has optimised the code), then time batches of calls until
// the time is up, and take the median batch, which a colleague's burst of CPU use does not move.

export interface OpsFigures {
  opsPerSecond: number;
  microsecondsPerOp: number;
}

let sink = 0;

/** `fn` returns something derived from its work, so the optimiser cannot drop the call. */
export function opsPerSecond(fn: () => { length: number } | number, measureMs: number, batch = 1_000): OpsFigures {
  const runBatch = () => {
    const started = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) {
      const out = fn();
      sink += typeof out === "number" ? out : out.length;
    }
    return Number(process.hrtime.bigint() - started);
  };
  const warmUntil = performance.now() + measureMs / 4;
  while (performance.now() < warmUntil) runBatch();
  const batches: number[] = [];
  const until = performance.now() + measureMs;
  while (performance.now() < until || batches.length < 5) batches.push(runBatch());
  batches.sort((a, b) => a - b);
  const medianNs = (batches[Math.floor(batches.length / 2)] ?? 1) / batch;
  if (sink === -1) console.log("unreachable: keeps the results alive");
  return { opsPerSecond: round(1e9 / medianNs, 0), microsecondsPerOp: round(medianNs / 1000, 2) };
}
