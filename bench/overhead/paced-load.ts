import http from "node:http";
import { round } from "../lib/stats.ts";
import { type LoadFigures, type LoadSpec, latencyFigures } from "./load.ts";

// Load at a fixed arrival rate, evenly paced (open loop): request n is due at n ÷ rate seconds,
// whether or not earlier ones have been answered, over at most `connections` keep-alive sockets.
// autocannon's own rate limit sends each connection's quota in a burst at the top of every second,
// which measures queueing in the burst rather than the server's work. Latency counts from the due
// time, so a request that waited for a free socket is charged that wait (no coordinated omission).

export async function runPaced(spec: LoadSpec & { rate: number }): Promise<LoadFigures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.connections });
  const base = new URL(spec.url);
  const times: number[] = [];
  let failed = 0;
  const answers: Array<Promise<void>> = [];
  const total = Math.round(spec.rate * spec.durationSeconds);
  const started = performance.now();

  const fire = (n: number) => {
    const due = started + (n * 1000) / spec.rate;
    const { path, body } = spec.request(n);
    answers.push(
      post(agent, new URL(path, base), spec.headers, body).then(
        ({ status, text }) => {
          if (status >= 200 && status < 300 && spec.accept(text)) times.push(performance.now() - due);
          else failed++;
        },
        () => {
          failed++;
        },
      ),
    );
  };
  let sent = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - started) * spec.rate) / 1000) + 1);
      while (sent < due) fire(sent++);
      if (sent >= total) resolve();
      else setTimeout(tick, 1);
    };
    tick();
  });
  await Promise.all(answers);
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();

  return {
    connections: spec.connections,
    rate: spec.rate,
    seconds: round(seconds, 1),
    ok: times.length,
    failed,
    rps: round(times.length / seconds, 0),
    latencyMs: latencyFigures(times),
  };
}

function post(agent: http.Agent, url: URL, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: "POST", agent, headers: { ...headers, "content-length": Buffer.byteLength(body) }, timeout: 10_000 });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.end(body);
  });
}
