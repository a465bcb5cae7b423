import type { CloseRecord, SendRecord, SoakAgent } from "./agent.ts";
import type { SoakVisitor, VisitorSendRecord } from "./visitor.ts";

// The soak's traffic, from both sides at once. An agent's script is one session: its messages one
// after the other, as one agent types them, then for some a close. A customer's script is one
// visitor: their messages (the first opens the conversation), then for some "End chat". Nobody
// closes a conversation while one of their messages shows as failed: it is left open for a later
// retry. `concurrency` scripts run at once, agents' and customers' interleaved. Milestones fire once
// the given share of operations is done (the crash, the ban windows); they run beside the load.

export interface WorkloadShape {
  messagesPerSession: number;
  /** Every n-th session is closed at the end of its script. */
  closeEvery: number;
  /** Customers writing beside the agents, each in a conversation of their own. */
  visitors: number;
  messagesPerVisitor: number;
  /** Every n-th customer ends the chat at the end of their script. */
  endEvery: number;
  concurrency: number;
}

export interface Milestone {
  name: string;
  atFraction: number;
  run: () => Promise<void>;
}

export const messageIdOf = (sessionIndex: number, n: number) => `soak-${sessionIndex}-${n}`;
export const visitorMessageIdOf = (visitorIndex: number, n: number) => `soak-v${visitorIndex}-${n}`;

export interface WorkloadResult {
  sends: SendRecord[];
  closes: CloseRecord[];
  closesSkipped: number;
  visitorSends: VisitorSendRecord[];
  /** "End chat"s, each with the customer who pressed it. */
  ends: Array<CloseRecord & { visitor: number }>;
  endsSkipped: number;
  operations: number;
}

type Script = () => Promise<void>;

export async function runWorkload(
  traffic: { agent: SoakAgent; sids: readonly string[]; visitors: readonly SoakVisitor[] },
  shape: WorkloadShape,
  milestones: Milestone[],
  log: (line: string) => void,
): Promise<WorkloadResult> {
  const result: WorkloadResult = { sends: [], closes: [], closesSkipped: 0, visitorSends: [], ends: [], endsSkipped: 0, operations: 0 };
  const closing = (i: number) => i % shape.closeEvery === 0;
  const ending = (i: number) => i % shape.endEvery === 0;
  result.operations =
    traffic.sids.length * shape.messagesPerSession +
    traffic.sids.filter((_, i) => closing(i)).length +
    traffic.visitors.length * shape.messagesPerVisitor +
    traffic.visitors.filter((_, i) => ending(i)).length;
  const progress = milestoneTrigger(milestones, result.operations, log);

  const agentScript = (sid: string, i: number): Script => async () => {
    let allSent = true;
    for (let n = 0; n < shape.messagesPerSession; n++) {
      // Unique content per message: a duplicate on the platform shows even under another id.
      const send = await traffic.agent.send(sid, messageIdOf(i, n), `soak ${sid} message ${n}: 您好，请问还有什么可以帮您？`);
      result.sends.push(send);
      allSent &&= send.outcome !== "failed";
      progress.step();
    }
    if (closing(i) && allSent) result.closes.push(await traffic.agent.close(sid));
    if (closing(i) && !allSent) result.closesSkipped++;
    if (closing(i)) progress.step();
  };
  const customerScript = (visitor: SoakVisitor): Script => async () => {
    let allSent = true;
    for (let n = 0; n < shape.messagesPerVisitor; n++) {
      const send = await visitor.send(visitorMessageIdOf(visitor.index, n), `顾客 ${visitor.index} 的第 ${n} 条消息：我的订单什么时候发货？`);
      result.visitorSends.push(send);
      allSent &&= send.outcome !== "failed";
      progress.step();
    }
    if (ending(visitor.index) && allSent && visitor.sid) result.ends.push({ ...(await visitor.end(visitor.sid)), visitor: visitor.index });
    if (ending(visitor.index) && !(allSent && visitor.sid)) result.endsSkipped++;
    if (ending(visitor.index)) progress.step();
  };

  const scripts = interleave(traffic.sids.map(agentScript), traffic.visitors.map(customerScript));
  let next = 0;
  const worker = async () => {
    for (let script = scripts[next++]; script; script = scripts[next++]) await script();
  };
  await Promise.all(Array.from({ length: shape.concurrency }, worker));
  await progress.fired();
  return result;
}

function milestoneTrigger(milestones: Milestone[], total: number, log: (line: string) => void) {
  let done = 0;
  const pending = [...milestones].sort((a, b) => a.atFraction - b.atFraction);
  const fired: Array<Promise<void>> = [];
  return {
    step() {
      done += 1;
      while (pending[0] && done / total >= pending[0].atFraction) {
        const milestone = pending.shift();
        if (!milestone) break;
        log(`soak: ${milestone.name} at ${done}/${total} operations`);
        fired.push(milestone.run());
      }
    },
    fired: () => Promise.all(fired),
  };
}

/** a0 b0 a1 b1 …, then the rest of the longer list: both sides are busy for the whole run. */
function interleave<T>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) out.push(a[i] as T);
    if (i < b.length) out.push(b[i] as T);
  }
  return out;
}
