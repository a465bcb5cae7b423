import { mkdtempSync, rmSync, statSync } from "node:fs";
import type { Database } from "better-sqlite3";
import { tmpdir } from "node:os";
import path from "node:path";
import { z } from "zod";
import { Kysely, SqliteDialect } from "kysely";
import type { Database as Schema } from "../../server/store/sql/database.ts";
import { createMessagesRepo } from "../../server/store/sql/messages-repo.ts";
import { backfillSearchTerms } from "../../server/store/sql/search-terms.ts";
import { createSessionsRepo } from "../../server/store/sql/sessions-repo.ts";
import { withStatementCache } from "../../server/store/sql/sqlite-statement-cache.ts";
import { openSeedableStore } from "../lib/seedable-store.ts";
import { distribution, round } from "../lib/stats.ts";
import type { BenchOptions, Suite } from "../lib/suite.ts";
import { agentOf, type BuiltDataset, buildDataset, messageIdOf, sidOf } from "./dataset.ts";
import { explain, planSchema } from "./query-plan.ts";
import { renderScale } from "./scale-report.ts";
import { traceDatabase } from "./traced-db.ts";

// The store's reads at production scale: each case is a repo method (so the figure includes mapping
// rows to views, as the BFF pays it), timed over repeated calls, with the query plan of every
// statement it ran.

const caseSchema = z.object({
  name: z.string(),
  rows: z.number(),
  p50Ms: z.number(),
  p99Ms: z.number(),
  calls: z.number(),
  plans: z.array(planSchema),
});
export const scaleSchema = z.object({
  budgetMs: z.number(),
  target: z.object({ sessions: z.number(), messages: z.number() }),
  dataset: z.object({
    sessions: z.number(),
    messages: z.number(),
    hotSessionMessages: z.number(),
    buildSeconds: z.number(),
    /** Writing the search terms of every session (what migration 10 does to a store of this size). */
    searchTermsSeconds: z.number().optional(),
    fileMB: z.number(),
    scaledDown: z.boolean(),
  }),
  cases: z.array(caseSchema),
});
export type ScaleResult = z.infer<typeof scaleSchema>;

const IDLE_MS = 30 * 60_000;
const BUDGET_MS = 5;

async function run({ quick, log }: BenchOptions): Promise<ScaleResult> {
  const target = quick ? { sessions: 10_000, messages: 100_000 } : { sessions: 100_000, messages: 1_000_000 };
  const dir = mkdtempSync(path.join(tmpdir(), "bench-scale-"));
  const { file: db, db: kysely } = await openSeedableStore(dir);
  try {
    log(`scale: building ${target.sessions.toLocaleString("en-US")} sessions and ${target.messages.toLocaleString("en-US")} messages`);
    const built = buildDataset(db, { ...target, hotSessionMessages: target.messages / 20, budgetMs: 60_000 });
    // The seed writes rows around the repo, so the terms are written as migration 10 writes them for a stored inbox.
    const termsStarted = performance.now();
    await kysely.transaction().execute((trx) => backfillSearchTerms(trx));
    const searchTermsSeconds = round((performance.now() - termsStarted) / 1000, 1);
    // No ANALYZE: the BFF never runs it, so the planner here chooses as it does in production.
    db.pragma("wal_checkpoint(TRUNCATE)");
    const fileMB = round(statSync(path.join(dir, "console.sqlite")).size / 1e6, 0);
    log(`scale: built in ${built.seconds} s (${fileMB} MB); timing the repos' reads`);
    const { sessions, messages, hotSessionMessages, seconds: buildSeconds, scaledDown } = built;
    return {
      budgetMs: BUDGET_MS,
      target,
      dataset: { sessions, messages, hotSessionMessages, buildSeconds, searchTermsSeconds, fileMB, scaledDown },
      cases: await timeReads(db, built, quick),
    };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timeReads(db: Database, built: BuiltDataset, quick: boolean) {
  const traced = traceDatabase(db);
  // Kysely over the traced handle: every statement a repo runs is recorded with its parameters.
  const store = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(traced.db) }) });
  const sessions = createSessionsRepo(store, "sqlite");
  // Reads only: the audit writer is never called here.
  const messages = createMessagesRepo(store, "sqlite", async () => {});
  // Cursors from the repos themselves, a page deep: whatever their cursor format is.
  const deepSessions = (await sessions.list({ limit: Math.floor(built.sessions * 0.9) })).nextCursor;
  const olderMessages = (await messages.listBySession(built.hotSid, { limit: Math.floor(built.hotSessionMessages / 2) })).nextCursor;
  const idleBefore = built.now - IDLE_MS;
  const someMessage = messageIdOf(Math.floor(built.messages / 2));

  const cases: Array<[string, () => Promise<unknown[] | number>]> = [
    ["sessions, first page (50)", async () => (await sessions.list({ limit: 50 })).items],
    ["sessions, page 90% deep (50)", async () => (await sessions.list({ limit: 50, cursor: deepSessions })).items],
    ["one agent's sessions (1 in 50), first page", async () => (await sessions.list({ limit: 50 }, { agents: [agentOf(7)] })).items],
    // The worst case of that filter: nothing matches, so the whole activity index is read.
    ["a new agent's sessions (none yet)", async () => (await sessions.list({ limit: 50 }, { agents: ["agent-new"] })).items],
    // Search (nicknames are "客户 s0001234", channel user ids "customer-s0001234"): one match, a few, and
    // the worst case, a term every session has (each of them is read and sorted before the first page).
    ["search: a nickname part, 1 match", async () => (await sessions.list({ limit: 50 }, { search: sidOf(Math.floor(built.sessions / 2)) })).items],
    ["search: a channel user id's start, 10 matches", async () => (await sessions.list({ limit: 50 }, { search: `customer-${sidOf(Math.floor(built.sessions / 2)).slice(0, -1)}` })).items],
    ["search: one agent's open sessions on channel 1", async () => (await sessions.list({ limit: 50 }, { search: "客户 s00", agents: [agentOf(7)], status: "open", channel: "1" })).items],
    ["search: a term every session has (worst case)", async () => (await sessions.list({ limit: 50 }, { search: "客户" })).items],
    ["stale open sessions, idle > 30 min (100)", async () => (await sessions.listOpen({ idleBefore }, { limit: 100 })).items],
    ["count of open sessions (board)", () => sessions.countOpen({})],
    ["chat history, latest 50", async () => (await messages.listBySession(built.hotSid, { limit: 50 })).items],
    ["chat history, older page half-way back (50)", async () => (await messages.listBySession(built.hotSid, { limit: 50, cursor: olderMessages })).items],
    ["message by id (every send looks it up)", async () => [await messages.get(someMessage)].filter(Boolean)],
  ];
  const results = [];
  for (const [name, call] of cases) {
    traced.take();
    const answer = await call();
    const plans = traced.take().map((executed) => explain(db, executed));
    const d = distribution(await timeCalls(call, quick ? 50 : 300, quick ? 500 : 2_000));
    results.push({ name, rows: typeof answer === "number" ? answer : answer.length, p50Ms: round(d.p50, 3), p99Ms: round(d.p99, 3), calls: d.count, plans });
  }
  return results;
}

/** Up to `count` calls, stopping at `maxMs`; milliseconds each. */
async function timeCalls(call: () => Promise<unknown>, count: number, maxMs: number): Promise<number[]> {
  const times: number[] = [];
  const until = performance.now() + maxMs;
  while (times.length < count && performance.now() < until) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  return times;
}

export const scaleSuite: Suite<ScaleResult> = { name: "scale", title: "Store at scale", schema: scaleSchema, run, render: renderScale };
