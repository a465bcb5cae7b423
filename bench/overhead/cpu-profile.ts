import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { repoRoot } from "../lib/paths.ts";
import { round } from "../lib/stats.ts";

// Reads a V8 .cpuprofile (node --cpu-prof) into where the BFF's CPU went, by package or server folder:
// "self" is time spent in that code itself, "on stack" is time with that code anywhere on the stack
// (pino's share then includes the write syscalls it makes). Native frames (better-sqlite3's C++,
// crypto) have no URL and count for the JavaScript that called them.

const profileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
      children: z.array(z.number()).optional(),
    }),
  ),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

export const profileSummarySchema = z.object({
  /** CPU-busy milliseconds sampled (idle excluded). */
  busyMs: z.number(),
  areas: z.array(z.object({ area: z.string(), selfPercent: z.number(), onStackPercent: z.number() })),
  stages: z.array(z.object({ stage: z.string(), onStackPercent: z.number() })),
  functions: z.array(z.object({ name: z.string(), area: z.string(), selfPercent: z.number() })),
});
export type ProfileSummary = z.infer<typeof profileSummarySchema>;

type Frame = { functionName: string; url: string };

/** Steps of a message.send through the BFF, by the code that does them; a step's time includes its callees. */
const stages: Array<[string, (frame: Frame) => boolean]> = [
  ["TOP answer parsing (parseEnvelope)", (f) => f.functionName === "parseEnvelope"],
  ["TOP request signing (sign)", (f) => f.functionName === "sign" && f.url.endsWith("server/top/sign.ts")],
  ["TOP call over HTTP (postForm, socket writes included)", (f) => f.functionName === "postForm"],
  ["SQL store, reads and writes (server/store/sql)", (f) => f.url.includes("/server/store/sql/")],
  // pg parses answers as they arrive on the socket, outside the store's own frames.
  ["PostgreSQL driver (pg, pg-protocol, pg-pool)", (f) => /node_modules\/pg(?:-protocol|-pool)?\//.test(f.url)],
  ["live events across instances (server/events)", (f) => f.url.includes("/server/events/")],
  ["sign-in check on every request (server/auth)", (f) => f.url.includes("/server/auth/")],
  ["request id and log line (request-context)", (f) => f.url.endsWith("/server/http/request-context.ts")],
  ["pino, all log lines", (f) => /node_modules\/(pino|sonic-boom)\//.test(f.url)],
  ["JSON body parsing (express.json)", (f) => f.url.includes("node_modules/body-parser/")],
  ["answer serialisation and write (res.json)", (f) => f.functionName === "json" && f.url.includes("express/lib/response.js")],
  ["zod, all schemas", (f) => f.url.includes("node_modules/zod/")],
  ["garbage collection", (f) => f.functionName === "(garbage collector)"],
];

/** The area a frame belongs to: an npm package, a server folder, Node core, or V8 itself. */
function areaOf(functionName: string, url: string): string | undefined {
  if (functionName === "(garbage collector)") return "V8 garbage collection";
  if (functionName === "(program)") return "V8 / native, unattributed";
  if (url === "") return undefined;
  // The profile covers the whole process: loading and transpiling modules is start-up, not per request.
  if (url.startsWith("node:internal/modules") || url.includes("node_modules/tsx/") || url.includes("node_modules/esbuild/")) {
    return "start-up: loading modules";
  }
  if (url.startsWith("node:")) return "Node core (http, net, streams)";
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (packageMatch?.[1]) return packageMatch[1];
  const file = url.startsWith("file://") ? new URL(url).pathname : url;
  const relative = path.relative(repoRoot, file);
  return relative.startsWith("..") ? "other" : path.dirname(relative);
}

export function summarizeProfile(file: string, top = 12): ProfileSummary {
  const profile = profileSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  // A native frame counts for the nearest caller that has an area.
  const areaCache = new Map<number, string>();
  const areaOfNode = (id: number): string => {
    const cached = areaCache.get(id);
    if (cached !== undefined) return cached;
    const node = byId.get(id);
    const own = node ? areaOf(node.callFrame.functionName, node.callFrame.url) : "other";
    const parent = parentOf.get(id);
    const area = own ?? (parent === undefined ? "other" : areaOfNode(parent));
    areaCache.set(id, area);
    return area;
  };

  const self = new Map<string, number>();
  const onStack = new Map<string, number>();
  const functions = new Map<string, { area: string; ms: number }>();
  const stageUs = stages.map(() => 0);
  let busyUs = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const us = profile.timeDeltas[i] ?? 0;
    if (!node || node.callFrame.functionName === "(idle)") return;
    busyUs += us;
    const area = areaOfNode(id);
    self.set(area, (self.get(area) ?? 0) + us);
    const frame = node.callFrame;
    const name = `${frame.functionName || "(anonymous)"} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
    const entry = functions.get(name) ?? { area, ms: 0 };
    entry.ms += us;
    functions.set(name, entry);
    const seen = new Set<string>();
    const stack: Frame[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      seen.add(areaOfNode(at));
      const frame = byId.get(at)?.callFrame;
      if (frame) stack.push(frame);
    }
    for (const stacked of seen) onStack.set(stacked, (onStack.get(stacked) ?? 0) + us);
    stages.forEach(([, matches], i) => {
      if (stack.some(matches)) stageUs[i] = (stageUs[i] ?? 0) + us;
    });
  });

  const percent = (us: number) => round((100 * us) / Math.max(1, busyUs), 1);
  return {
    busyMs: round(busyUs / 1000, 0),
    areas: [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([area, us]) => ({ area, selfPercent: percent(us), onStackPercent: percent(onStack.get(area) ?? us) })),
    stages: stages.map(([stage], i) => ({ stage, onStackPercent: percent(stageUs[i] ?? 0) })),
    functions: [...functions.entries()]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, top)
      .map(([name, { area, ms }]) => ({ name, area, selfPercent: percent(ms) })),
  };
}

function shortUrl(url: string): string {
  if (url === "") return "(native)";
  const packageMatch = /node_modules\/(.+)$/.exec(url);
  if (packageMatch?.[1]) return packageMatch[1];
  return url.startsWith("file://") ? path.relative(repoRoot, new URL(url).pathname) : url;
}
