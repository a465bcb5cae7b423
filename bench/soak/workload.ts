import type { CloseRecord, SendRecord, SoakAgent } from "./agent.ts";

// The agents' work: each session is a script (its messages one after the other, as one agent types
// them, then for some a close), and `concurrency` scripts run at once. An agent does not close a
// session while one of its messages shows as failed: it is left open for a later retry. Milestones fire once the given
// share of operations is done (the crash, the ban windows); they run beside the load, not in it.

export interface WorkloadShape {
  messagesPerSession: number;
  /** Every n-th session is closed at the end of its script. */
  closeEvery: number;
  concurrency: number;
}

export interface Milestone {
  name: string;
  atFraction: number;
  run: () => Promise<void>;
}

export const messageIdOf = (sessionIndex: number, n: number) => `soak-${sessionIndex}-${n}`;

export async function runWorkload(agent: SoakAgent, sids: readonly string[], shape: WorkloadShape, milestones: Milestone[], log: (line: string) => void) {
  const sends: SendRecord[] = [];
  const closes: CloseRecord[] = [];
  let closesSkipped = 0;
  const closing = (i: number) => i % shape.closeEvery === 0;
  const total = sids.length * shape.messagesPerSession + sids.filter((_, i) => closing(i)).length;
  let done = 0;
  const pending = [...milestones].sort((a, b) => a.atFraction - b.atFraction);
  const fired: Array<Promise<void>> = [];
  const progress = () => {
    done += 1;
    while (pending[0] && done / total >= pending[0].atFraction) {
      const milestone = pending.shift();
      if (!milestone) break;
      log(`soak: ${milestone.name} at ${done}/${total} operations`);
      fired.push(milestone.run());
    }
  };

  let next = 0;
  const worker = async () => {
    for (let i = next++; i < sids.length; i = next++) {
      const sid = sids[i] ?? "";
      let allSent = true;
      for (let n = 0; n < shape.messagesPerSession; n++) {
        // Unique content per message: a duplicate on the platform shows even under another id.
        const send = await agent.send(sid, messageIdOf(i, n), `soak ${sid} message ${n}: 您好，请问还有什么可以帮您？`);
        sends.push(send);
        allSent &&= send.outcome !== "failed";
        progress();
      }
      if (closing(i) && allSent) closes.push(await agent.close(sid));
      if (closing(i) && !allSent) closesSkipped++;
      if (closing(i)) progress();
    }
  };
  await Promise.all(Array.from({ length: shape.concurrency }, worker));
  await Promise.all(fired);
  return { sends, closes, closesSkipped, operations: total };
}
