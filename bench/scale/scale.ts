import { z } from "zod";
import { round } from "../lib/stats.ts";
import type { BenchOptions, Suite } from "../lib/suite.ts";
import { buildDataset } from "./dataset.ts";
import { openPostgresEngine } from "./postgres-engine.ts";
import { planSchema } from "./query-plan.ts";
import type { ScaleEngine } from "./scale-engine.ts";
import { timeReads } from "./scale-reads.ts";
import { renderScale } from "./scale-report.ts";
import { openSqliteEngine } from "./sqlite-engine.ts";

// The store at production scale on each engine: the same dataset built in SQLite and in PostgreSQL,
// then the same repo reads timed on each, with the plan each engine chose for every statement. One
// engine at a time, so they never compete for the cores.

const caseSchema = z.object({
  name: z.string(),
  rows: z.number(),
  p50Ms: z.number(),
  p99Ms: z.number(),
  calls: z.number(),
  plans: z.array(planSchema),
});
const engineResultSchema = z.object({
  dataset: z.object({
    sessions: z.number(),
    messages: z.number(),
    hotSessionMessages: z.number(),
    /** Rows, with every session's search terms, in batches of 20,000. */
    buildSeconds: z.number(),
    /** PostgreSQL's VACUUM (ANALYZE) after the load; SQLite's WAL checkpoint. */
    settleSeconds: z.number(),
    sizeMB: z.number(),
    scaledDown: z.boolean(),
  }),
  cases: z.array(caseSchema),
});
export type EngineResult = z.infer<typeof engineResultSchema>;
export const scaleSchema = z.object({
  budgetMs: z.number(),
  buildBudgetSeconds: z.number(),
  target: z.object({ sessions: z.number(), messages: z.number() }),
  sqlite: engineResultSchema,
  postgres: engineResultSchema,
});
export type ScaleResult = z.infer<typeof scaleSchema>;

const BUDGET_MS = 5;
const BUILD_BUDGET_MS = 90_000;

async function run({ quick, log }: BenchOptions): Promise<ScaleResult> {
  const target = quick ? { sessions: 10_000, messages: 100_000 } : { sessions: 100_000, messages: 1_000_000 };
  const options = { target, quick, log };
  return {
    budgetMs: BUDGET_MS,
    buildBudgetSeconds: BUILD_BUDGET_MS / 1000,
    target,
    sqlite: await measureEngine(await openSqliteEngine(), options),
    postgres: await measureEngine(await openPostgresEngine(), options),
  };
}

interface MeasureOptions {
  target: ScaleResult["target"];
  quick: boolean;
  log: BenchOptions["log"];
}

async function measureEngine(engine: ScaleEngine, { target, quick, log }: MeasureOptions): Promise<EngineResult> {
  const n = (value: number) => value.toLocaleString("en-US");
  try {
    log(`scale: ${engine.engine}: building ${n(target.sessions)} sessions and ${n(target.messages)} messages`);
    const built = await buildDataset(engine.sink, { ...target, hotSessionMessages: target.messages / 20, budgetMs: BUILD_BUDGET_MS });
    const settleStarted = performance.now();
    await engine.settle();
    const settleSeconds = round((performance.now() - settleStarted) / 1000, 1);
    const sizeMB = await engine.sizeMB();
    log(`scale: ${engine.engine}: built in ${built.seconds} s + ${settleSeconds} s (${sizeMB} MB); timing the repos' reads`);
    const { sessions, messages, hotSessionMessages, seconds: buildSeconds, scaledDown } = built;
    return {
      dataset: { sessions, messages, hotSessionMessages, buildSeconds, settleSeconds, sizeMB, scaledDown },
      cases: await timeReads(engine, built, quick),
    };
  } finally {
    await engine.close();
  }
}

export const scaleSuite: Suite<ScaleResult> = { name: "scale", title: "Store at scale", schema: scaleSchema, run, render: renderScale };
