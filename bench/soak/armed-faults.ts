import type { PlannedFault } from "./fault-plan.ts";
import type { SandboxAdmin } from "./sandbox-admin.ts";

// The faults armed in the sandbox during the soak, remembered by id, so the report can say how many
// times each one applied (the sandbox's counters only go by kind).

export class ArmedFaults {
  readonly #armed = new Map<number, PlannedFault>();

  constructor(private readonly admin: SandboxAdmin) {}

  async arm(faults: PlannedFault[]): Promise<void> {
    const ids = await this.admin.addFaults(faults.map((f) => f.spec));
    ids.forEach((id, i) => {
      const fault = faults[i];
      if (fault) this.#armed.set(id, fault);
    });
  }

  /** Disarms them all; answers the injected counts by kind and by fault. */
  async disarm() {
    const injected = await this.admin.faults();
    await this.admin.clearFaults();
    const byFault = [...this.#armed.entries()].map(([id, fault]) => ({
      label: fault.label,
      // A fault with a count leaves the list once used up: then it applied that many times.
      applied: injected.faults.find((f) => f.id === id)?.applied ?? fault.spec.times ?? 1,
    }));
    return { byKind: injected.counters, byFault };
  }
}
