import autocannon from "autocannon";
import { z } from "zod";
import { distribution, round } from "../lib/stats.ts";

// One autocannon run as fast as the server answers (closed loop), with every response time kept
// (autocannon's own histograms round to whole milliseconds, too coarse for a 1 ms budget) and every
// answer checked: a fast error is not a send.

export interface LoadSpec {
  url: string;
  headers: Record<string, string>;
  connections: number;
  durationSeconds: number;
  /** The n-th request: unique ids per request, as real traffic has. */
  request: (n: number) => { path: string; body: string };
  /** Whether a 2xx answer's body is the success this load expects (a TOP business failure is a 200). */
  accept: (body: string) => boolean;
}

export const loadFiguresSchema = z.object({
  connections: z.number(),
  rate: z.number().nullable(),
  seconds: z.number(),
  ok: z.number(),
  /** Answers that were not the expected success, and connection errors or timeouts. */
  failed: z.number(),
  rps: z.number(),
  latencyMs: z.object({ mean: z.number(), p50: z.number(), p90: z.number(), p99: z.number(), max: z.number() }),
});
export type LoadFigures = z.infer<typeof loadFiguresSchema>;

export function latencyFigures(times: number[]): LoadFigures["latencyMs"] {
  const d = distribution(times);
  return { mean: round(d.mean), p50: round(d.p50), p90: round(d.p90), p99: round(d.p99), max: round(d.max) };
}

export async function runLoad(spec: LoadSpec): Promise<LoadFigures> {
  let counter = 0;
  let rejected = 0;
  const times: number[] = [];
  const instance = autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.durationSeconds,
    timeout: 10,
    requests: [
      {
        method: "POST",
        headers: spec.headers,
        setupRequest: (request) => ({ ...request, ...spec.request(counter++) }),
        onResponse: (status, body) => {
          if (status >= 200 && status < 300 && !spec.accept(body)) rejected++;
        },
      },
    ],
  });
  instance.on("response", (_client, status, _bytes, responseTime) => {
    if (status >= 200 && status < 300) times.push(responseTime);
  });
  const result = await instance;
  const ok = Math.max(0, result["2xx"] - rejected);
  return {
    connections: spec.connections,
    rate: null,
    seconds: round(result.duration, 1),
    ok,
    failed: rejected + result.non2xx + result.errors,
    rps: round(ok / result.duration, 0),
    latencyMs: latencyFigures(times),
  };
}
