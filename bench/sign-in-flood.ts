import { readdirSync } from "node:fs";
import path from "node:path";
import { startBffProcess } from "./lib/console-processes.ts";
import { webDist } from "./lib/paths.ts";
import { distribution, round } from "./lib/stats.ts";

// `node --import tsx bench/sign-in-flood.ts` (after `npm run build`): the latency of a static file
// while 200 sign-ins arrive at once. scrypt runs on libuv's thread pool, which file serving shares;
// the BFF bounds how many password checks run at once (PASSWORD_CHECKS_CONCURRENCY, default 2) and
// queues only a few more (PASSWORD_CHECKS_QUEUE, default 20), answering the rest 503 + Retry-After.
// "unbounded" sets the bound above the pool's 4 threads with an endless queue: every check runs
// at once, as before the bound existed. The sign-in limits are raised so each guess reaches scrypt.

const FLOOD = 200;
const PROBES = 40;

const settings: Array<{ label: string; env: Record<string, string> }> = [
  { label: "unbounded (every check at once, as before)", env: { PASSWORD_CHECKS_CONCURRENCY: "16", PASSWORD_CHECKS_QUEUE: "10000" } },
  { label: "bounded (defaults: 2 at once, queue of 20)", env: {} },
  { label: "bounded (1 at once, queue of 20)", env: { PASSWORD_CHECKS_CONCURRENCY: "1" } },
];

const asset = readdirSync(path.join(webDist, "assets")).find((name) => name.endsWith(".js"));
if (!asset) throw new Error("no built assets: run `npm run build` first");

async function probe(url: string, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const res = await fetch(url, { headers: { "accept-encoding": "gzip" } });
    await res.arrayBuffer();
    samples.push(performance.now() - started);
  }
  return samples;
}

const login = (url: string, i: number) =>
  fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-requested-with": "lyservice-console" },
    body: JSON.stringify({ username: `flood-${i}`, password: "not-the-password" }),
  }).then((r) => r.status);

const rows: string[] = [];
for (const setting of settings) {
  const bff = await startBffProcess({
    dataDir: ":memory:",
    env: { LOGIN_MAX_FAILURES_PER_ADDRESS: "1000", ...setting.env },
  });
  try {
    const assetUrl = `${bff.url}/assets/${asset}`;
    await probe(assetUrl, 5); // warm up
    const idle = distribution(await probe(assetUrl, PROBES));
    const started = performance.now();
    const flood = Promise.all(Array.from({ length: FLOOD }, (_, i) => login(bff.url, i)));
    const during = distribution(await probe(assetUrl, PROBES));
    const statuses = await flood;
    const floodMs = performance.now() - started;
    const count = (s: number) => statuses.filter((x) => x === s).length;
    rows.push(
      `| ${setting.label} | ${round(idle.p50, 1)} / ${round(idle.max, 1)} | ${round(during.p50, 1)} / ${round(during.p95, 1)} / ${round(during.max, 1)} | ${count(401)} × 401, ${count(503)} × 503 | ${Math.round(floodMs)} |`,
    );
  } finally {
    await bff.child.stop();
  }
}

process.stdout.write(
  [
    `Static file ${asset} (gzip), ${PROBES} sequential requests; ${FLOOD} parallel sign-ins with wrong passwords.`,
    "",
    "| password checks | idle p50 / max ms | during the flood p50 / p95 / max ms | sign-ins answered | flood took ms |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n"),
);
