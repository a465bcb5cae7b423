import { createMessagesRepo } from "../../server/store/sql/messages-repo.ts";
import { createSessionsRepo } from "../../server/store/sql/sessions-repo.ts";
import { distribution, round } from "../lib/stats.ts";
import { agentOf, type BuiltDataset, messageIdOf, sidOf } from "./dataset.ts";
import type { ScaleEngine } from "./scale-engine.ts";

// The store's reads at production scale: each case is a repo method (so the figure includes mapping
// rows to views, as the BFF pays it), timed over repeated calls, with the plan of every statement it ran.

const IDLE_MS = 30 * 60_000;

export async function timeReads(engine: ScaleEngine, built: BuiltDataset, quick: boolean) {
  const sessions = createSessionsRepo(engine.db, engine.engine);
  // Reads only: the audit writer is never called here.
  const messages = createMessagesRepo(engine.db, engine.engine, async () => {});
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
    engine.take();
    const answer = await call();
    const plans = [];
    for (const executed of engine.take()) plans.push(await engine.explain(executed));
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
