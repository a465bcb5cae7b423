import { faultKinds, faultSpecSchema, type FaultKind, type FaultSpec, type ResolvedFault } from "./fault-spec.ts";

// The faults waiting to hit matching requests. One fault at most per request and phase, taken in
// the order they were added, so a test that stacks faults knows which fires first.

export interface ActiveFault {
  id: number;
  spec: FaultSpec;
  /** Matching requests it still applies to; null when unlimited. */
  remaining: number | null;
  applied: number;
}

export class FaultInjector {
  private faults: ActiveFault[] = [];
  private nextId = 1;
  private counts = zeroCounts();

  constructor(private readonly random: () => number = Math.random) {}

  add(spec: FaultSpec): ActiveFault {
    const parsed = faultSpecSchema.parse(spec);
    const times = parsed.times ?? 1;
    const fault: ActiveFault = { id: this.nextId++, spec: parsed, remaining: times === 0 ? null : times, applied: 0 };
    this.faults.push(fault);
    return { ...fault };
  }

  clear(): void {
    this.faults = [];
  }

  list(): ActiveFault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  /** Faults injected so far, by kind: what a soak report shows next to the client's retries. */
  counters(): Record<FaultKind, number> {
    return { ...this.counts };
  }

  resetCounters(): void {
    this.counts = zeroCounts();
  }

  /** The fault this request meets in this phase, if any; consumes one of its `times`. */
  take(method: string | undefined, phase: "before" | "after"): ResolvedFault | undefined {
    if (this.faults.length === 0) return undefined;
    for (const fault of this.faults) {
      const { spec } = fault;
      if ((spec.phase ?? "before") !== phase) continue;
      if (spec.method !== undefined && spec.method !== method) continue;
      if (spec.probability !== undefined && this.random() >= spec.probability) continue;
      fault.applied += 1;
      if (fault.remaining !== null && --fault.remaining === 0) this.faults = this.faults.filter((f) => f !== fault);
      this.counts[spec.kind] += 1;
      return {
        kind: spec.kind,
        phase,
        latencyMs: spec.latencyMs ?? 0,
        status: spec.status ?? 503,
        error: spec.error,
        resultPatch: spec.resultPatch,
        body: spec.body,
      };
    }
    return undefined;
  }
}

function zeroCounts(): Record<FaultKind, number> {
  return Object.fromEntries(faultKinds.map((kind) => [kind, 0])) as Record<FaultKind, number>;
}
