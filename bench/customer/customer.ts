import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { startSandboxProcess, startSignedInBff } from "../lib/console-processes.ts";
import { distribution, round } from "../lib/stats.ts";
import type { Suite } from "../lib/suite.ts";
import { newBenchVisitor, rssMb } from "./bench-visitor.ts";
import { renderCustomer } from "./customer-report.ts";
import { openSse, type SseStream } from "./sse-stream.ts";

// The customer side under load (issue 10), on loopback against a BFF process pointed at the sandbox
// gateway process: (a) visitors sending at a steady rate, timed from the send to the message on a
// signed-in agent's live stream; (b) one BFF holding a thousand visitor pages' streams and fifty
// agent consoles, with its resident memory before and after. Bounded: it stops itself.

const latencySchema = z.object({ count: z.number(), p50: z.number(), p95: z.number(), p99: z.number(), max: z.number() });
export const customerResultSchema = z.object({
  visitors: z.number(),
  sendsPerSecond: z.number(),
  seconds: z.number(),
  sent: z.number(),
  failed: z.number(),
  /** Send → the message's first event (pending, stored before the TOP call) on the agent's stream. */
  toStream: latencySchema,
  /** Send → its "sent" event (the platform took it) on the agent's stream. */
  toSent: latencySchema,
  missing: z.number(),
  budgetMs: z.number(),
  streams: z.object({ visitors: z.number(), consoles: z.number(), rssBeforeMb: z.number(), rssAfterMb: z.number(), kbPerStream: z.number() }),
});
export type CustomerResult = z.infer<typeof customerResultSchema>;

const ms = (d: ReturnType<typeof distribution>) => ({ count: d.count, p50: round(d.p50), p95: round(d.p95), p99: round(d.p99), max: round(d.max) });

/** Raised for the run only: every bench visitor shares one address, which the defaults limit per hour. */
const liftedLimits = {
  VISITOR_STARTS_PER_HOUR: "10000",
  ADDRESS_STARTS_PER_HOUR: "100000",
  VISITOR_SENDS_PER_MINUTE: "10000",
  ADDRESS_SENDS_PER_MINUTE: "100000",
  STREAMS_PER_USER: "100",
  VISITOR_HEARTBEAT_MINUTES: "0",
};

export const customerSuite: Suite<CustomerResult> = {
  name: "customer",
  title: "Customer side: send → agent's live stream, and open connections",
  schema: customerResultSchema,
  render: renderCustomer,
  async run({ quick, log }) {
    const visitors = quick ? 20 : 200;
    // One message per visitor every 10 s: a person reading answers and typing, not a script.
    const sendsPerSecond = quick ? 10 : 20;
    const seconds = quick ? 4 : 30;
    const pageStreams = quick ? 50 : 1_000;
    const consoles = quick ? 5 : 50;
    const dataDir = mkdtempSync(path.join(tmpdir(), "bench-customer-"));
    const gateway = await startSandboxProcess();
    const streams: SseStream[] = [];
    try {
      const { bff, client } = await startSignedInBff({ dataDir, gateway, env: liftedLimits });
      try {
        // (a) One console open first, so routing gives every new conversation to the bench agent.
        const firstSeen = new Map<string, number>();
        const sentSeen = new Map<string, number>();
        const agentStream = openSse(`${bff.url}/api/events`, client.headers, (event) => {
          if (event.type !== "message.updated") return;
          const { message } = JSON.parse(event.data) as { message: { message_id: string; status: string } };
          const at = performance.now();
          if (!firstSeen.has(message.message_id)) firstSeen.set(message.message_id, at);
          if (message.status === "sent" && !sentSeen.has(message.message_id)) sentSeen.set(message.message_id, at);
        });
        streams.push(agentStream);
        await agentStream.opened;
        const crowd = await Promise.all(Array.from({ length: visitors }, () => newBenchVisitor(bff.url)));
        // Each opens its conversation first (session.create), outside the timed sends.
        for (const [i, v] of crowd.entries()) await v.say(`open-${i}`, `你好，我是第 ${i} 位顾客`);
        log(`customer: ${visitors} conversations open; ${sendsPerSecond} sends/s for ${seconds} s`);

        const startedAt = new Map<string, number>();
        let failed = 0;
        const inFlight: Array<Promise<void>> = [];
        const total = sendsPerSecond * seconds;
        const t0 = performance.now();
        for (let n = 0; n < total; n++) {
          const due = t0 + (n * 1000) / sendsPerSecond;
          const wait = due - performance.now();
          if (wait > 0) await sleep(wait);
          const id = `bench-${n}`;
          startedAt.set(id, performance.now());
          inFlight.push(crowd[n % visitors]!.say(id, `第 ${n} 条：请问什么时候发货？`).catch(() => void failed++));
        }
        await Promise.all(inFlight);
        // Events trail the answers by a moment; wait boundedly for the last ones.
        const drainUntil = performance.now() + 5_000;
        const seenSent = () => [...startedAt.keys()].filter((id) => sentSeen.has(id)).length;
        while (seenSent() < total - failed && performance.now() < drainUntil) await sleep(50);
        const toStream: number[] = [];
        const toSent: number[] = [];
        for (const [id, at] of startedAt) {
          const seen = firstSeen.get(id);
          const sent = sentSeen.get(id);
          if (seen !== undefined) toStream.push(seen - at);
          if (sent !== undefined) toSent.push(sent - at);
        }
        const missing = total - failed - toSent.length;
        log(`customer: ${total} sends, ${failed} failed, ${missing} never seen as sent on the agent's stream`);

        // (b) Page streams of as many visitors, and agent consoles, all at once.
        const rssBeforeMb = (await rssMb(bff.child.pid)) ?? 0;
        const pages = await Promise.all(Array.from({ length: pageStreams }, () => newBenchVisitor(bff.url)));
        for (let i = 0; i < pages.length; i += 100) {
          const batch = pages.slice(i, i + 100).map((v) => openSse(`${bff.url}/api/visitor/events`, v.headers, () => undefined));
          streams.push(...batch);
          await Promise.all(batch.map((s) => s.opened));
        }
        const agentConsoles = Array.from({ length: consoles - 1 }, () => openSse(`${bff.url}/api/events`, client.headers, () => undefined));
        streams.push(...agentConsoles);
        await Promise.all(agentConsoles.map((s) => s.opened));
        await sleep(1_000); // let the allocations of the burst settle before reading memory
        const rssAfterMb = (await rssMb(bff.child.pid)) ?? 0;
        log(`customer: ${pageStreams} visitor streams + ${consoles} consoles open; RSS ${rssBeforeMb} → ${rssAfterMb} MB`);
        return {
          visitors,
          sendsPerSecond,
          seconds,
          sent: total,
          failed,
          toStream: ms(distribution(toStream)),
          toSent: ms(distribution(toSent)),
          missing,
          budgetMs: 300,
          streams: {
            visitors: pageStreams,
            consoles,
            rssBeforeMb,
            rssAfterMb,
            kbPerStream: round(((rssAfterMb - rssBeforeMb) * 1024) / (pageStreams + consoles - 1), 1),
          },
        };
      } finally {
        for (const s of streams) s.close();
        await bff.child.stop();
      }
    } finally {
      await gateway.child.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
