import { type SeedMessage, type SeedSession, seedText } from "../lib/seed-rows.ts";

// The scale dataset: sessions spread over half a year, 50 agents, one in ten still open, and messages
// in time order spread over random sessions, plus one very long conversation to page through. Built
// in transactions of 20,000 rows; stops early at the time budget, and says how far it got. Every
// engine gets the same rows in the same order, from a seeded generator.

/** Where the rows go: each call writes one batch in one transaction. */
export interface SeedSink {
  agents: (usernames: string[]) => Promise<void>;
  sessions: (batch: SeedSession[]) => Promise<void>;
  messages: (batch: SeedMessage[]) => Promise<void>;
}

export interface DatasetPlan {
  sessions: number;
  messages: number;
  /** Messages of the one long conversation (part of `messages`). */
  hotSessionMessages: number;
  budgetMs: number;
}

export interface BuiltDataset {
  sessions: number;
  messages: number;
  hotSessionMessages: number;
  hotSid: string;
  /** The instant the data ends: "now" for idle-time queries. */
  now: number;
  seconds: number;
  scaledDown: boolean;
}

const BATCH = 20_000;
const AGENTS = 50;
const SPAN_MS = 180 * 24 * 3_600_000;
const NOW = Date.UTC(2026, 0, 1);

/** Same figures on every run: a linear congruential generator seeded with a constant. */
function seeded(seed = 42): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

export const sidOf = (i: number) => `s${String(i).padStart(7, "0")}`;
export const messageIdOf = (i: number) => `m${String(i).padStart(8, "0")}`;
export const agentOf = (i: number) => `agent-${String((i % AGENTS) + 1).padStart(2, "0")}`;

export async function buildDataset(sink: SeedSink, plan: DatasetPlan): Promise<BuiltDataset> {
  const started = performance.now();
  const overBudget = () => performance.now() - started > plan.budgetMs;
  const random = seeded();
  const inBatches = async <T>(total: number, write: (batch: T[]) => Promise<void>, row: (i: number) => T): Promise<number> => {
    let done = 0;
    while (done < total && !overBudget()) {
      const end = Math.min(total, done + BATCH);
      const batch: T[] = [];
      for (let i = done; i < end; i++) batch.push(row(i));
      await write(batch);
      done = end;
    }
    return done;
  };

  await sink.agents(Array.from({ length: AGENTS }, (_, i) => agentOf(i)));
  const sessions = await inBatches(plan.sessions, sink.sessions, (i): SeedSession => {
    const openedAt = NOW - SPAN_MS + Math.floor(random() * SPAN_MS);
    return {
      sid: sidOf(i),
      status: random() < 0.1 ? "open" : "closed",
      channel: String(i % 4) as "0" | "1" | "2" | "3",
      agent: agentOf(i),
      openedAt,
      lastActivityAt: Math.min(NOW, openedAt + Math.floor(random() * 3_600_000)),
    };
  });

  // Messages in time order; every `hotEvery`-th one goes to the long conversation.
  const hotSid = sidOf(0);
  const hotEvery = Math.max(1, Math.floor(plan.messages / Math.max(1, plan.hotSessionMessages)));
  let hot = 0;
  const messages = await inBatches(plan.messages, sink.messages, (i): SeedMessage => {
    const toHot = i % hotEvery === 0 && hot < plan.hotSessionMessages;
    if (toHot) hot++;
    return {
      messageId: messageIdOf(i),
      sid: toHot ? hotSid : sidOf(1 + Math.floor(random() * (sessions - 1))),
      content: seedText(i),
      senderType: i % 2 === 0 ? "1" : "4",
      status: random() < 0.005 ? "failed" : "sent",
      createdAt: NOW - SPAN_MS + Math.floor((i / plan.messages) * SPAN_MS),
    };
  });

  return {
    sessions,
    messages,
    hotSessionMessages: hot,
    hotSid,
    now: NOW,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    scaledDown: sessions < plan.sessions || messages < plan.messages,
  };
}
